#!/usr/bin/env bash
# make test's steps, overlapped to use both cores (called by the Makefile; run `make test`):
#   1. while the book builds: lint (make lint), the JavaScript unit tests and every test
#      that needs no built book (one process: the build uses the other core);
#   2. once the book is built: the tests that read it (pytest marker `book`, set in
#      tests/conftest.py), in TEST_PROCESSES processes.
# Tests marked `ci_only` are too slow for make test; .ci/run runs them. Every step runs even
# when another fails, and the exit status is non-zero if any step failed.
# Environment: BIN (the virtual environment's bin), HTML (the built book), MAKE,
# TEST_PROCESSES (default 2), BUILD_ROOT.
set -u
BIN=${BIN:-.venv/bin}
HTML=${HTML:-_build/html}
MAKE=${MAKE:-make}
TEST_PROCESSES=${TEST_PROCESSES:-2}
# Python's default: compile each module once for the run and reuse it (__pycache__, ignored by
# git), not again in each of the run's many Python processes (test processes, kernels,
# command lines under test). Some machines switch it off; it saves about 7 s per process.
unset PYTHONDONTWRITEBYTECODE
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
now() { date +%s; }
start=$(now)

# Runs "$@" with its output in $logs/$name.log; writes its exit status and seconds.
logged() {
  local name=$1 began
  shift
  began=$(now)
  "$@" >"$logs/$name.log" 2>&1
  echo $? >"$logs/$name.status"
  echo $(($(now) - began)) >"$logs/$name.seconds"
}

# Prints a finished step's output, its time and status; returns its status.
report() {
  local name=$1 title=$2 status
  cat "$logs/$name.log"
  status=$(cat "$logs/$name.status")
  echo "==> $title: $(cat "$logs/$name.seconds") s$([ "$status" = 0 ] || echo ", FAILED (exit $status)")"
  return "$status"
}

js_tests() {
  if command -v node >/dev/null 2>&1; then
    node --test --test-reporter=dot tests/js/*.test.js
  else
    echo "==> node not found: JavaScript unit tests (tests/js) skipped"
  fi
}

# Each step names its test modules: collecting the other step's costs every process 2 s.
book_modules=$("$BIN/python" tests/helpers/work_groups.py book)
other_modules=$("$BIN/python" tests/helpers/work_groups.py no-book)

echo "==> Lint, the JavaScript tests and the tests that need no book run while the book builds"
logged lint "$MAKE" --no-print-directory lint &
lint=$!
# No book here: a test that reads one without the `book` marker fails instead of reading
# an old build.
(
  js_tests
  js=$?
  # shellcheck disable=SC2086  # one word per module
  BOOK_HTML="$logs/no-book-yet" "$BIN/python" -m pytest -m "not book and not ci_only" -q \
    --durations=5 $other_modules
  python=$?
  [ "$js" = 0 ] && [ "$python" = 0 ]
) >"$logs/unit.log" 2>&1 &
unit=$!

book_began=$(now)
"$MAKE" --no-print-directory book
book=$?
echo "==> Book: $(($(now) - book_began)) s$([ "$book" = 0 ] || echo ", FAILED (exit $book)")"

wait "$lint"
report lint "Lint" && lint=0 || lint=1

if [ "$book" = 0 ]; then
  echo "==> Running the tests that read the built book ($TEST_PROCESSES processes)"
  began=$(now)
  # shellcheck disable=SC2086
  BOOK_HTML="$HTML" "$BIN/python" -m pytest -n "$TEST_PROCESSES" -m "book and not ci_only" \
    --durations=10 $book_modules
  with_book=$?
  echo "==> Tests of the built book: $(($(now) - began)) s"
else
  echo "==> The book did not build: its tests did not run"
  with_book=1
fi

wait "$unit"
unit=$?
echo "==> The JavaScript tests and the tests that need no book (run while the book built):"
cat "$logs/unit.log"
[ "$unit" = 0 ] || echo "==> They FAILED (exit $unit)"

echo "==> make test finished in $(($(now) - start)) s"
failed=0
for status in "$lint" "$book" "$unit" "$with_book"; do [ "$status" = 0 ] || failed=1; done
[ "$failed" = 0 ] || echo "==> make test FAILED: see the steps marked FAILED above"
exit "$failed"
