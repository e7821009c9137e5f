/* placeholder */
(function (log) {
  "use strict";
  void log;
})(window.CourseLog = window.CourseLog || {});
