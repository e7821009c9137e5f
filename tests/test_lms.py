"""Quiz files for a learning platform, read back and compared with the quiz data.

Moodle XML is read with ElementTree, GIFT with a small reader of the subset the
course writes (Moodle's own rules: backslash escapes, ``=`` right, ``~`` wrong,
``#`` feedback, ``{#answer:tolerance`` numbers), and the Canvas QTI package by
opening the zip, following ``imsmanifest.xml`` to the assessment and reading each
item's response conditions and feedback.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from widgets.classroom import lms
from widgets.model.quizzes import quiz_stems

STEMS = quiz_stems()


@pytest.fixture(scope="module")
def chosen():
    return lms.quizzes(STEMS)


def _questions(chosen):
    return [(quiz, q) for quiz in chosen for q in quiz.questions]


# Moodle XML -------------------------------------------------------------------------------


def test_moodle_xml_keeps_every_option_feedback_and_tolerance(chosen):
    root = ET.fromstring(lms.moodle_xml(chosen))
    assert root.tag == "quiz"
    categories = [q for q in root if q.get("type") == "category"]
    assert [c.findtext("category/text").rsplit("/", 1)[1] for c in categories] == [
        quiz.chapter for quiz in chosen
    ]
    read = [q for q in root if q.get("type") != "category"]
    expected = _questions(chosen)
    assert len(read) == len(expected)
    for element, (quiz, question) in zip(read, expected):
        assert element.findtext("name/text") == lms.question_name(quiz, question)
        assert element.findtext("questiontext/text") == question.prompt
        answers = element.findall("answer")
        if question.kind == "choice":
            assert element.get("type") == "multichoice" and element.findtext("single") == "true"
            assert [a.findtext("text") for a in answers] == [o.text for o in question.options]
            assert [a.get("fraction") == "100" for a in answers] == [
                o.correct for o in question.options
            ]
            assert [a.findtext("feedback/text") for a in answers] == [
                o.feedback for o in question.options
            ]
        else:
            assert element.get("type") == "numerical"
            right, wrong = answers
            assert float(right.findtext("text")) == question.answer
            assert float(right.findtext("tolerance")) == question.tolerance
            assert right.get("fraction") == "100"
            assert right.findtext("feedback/text") == question.feedback_correct
            assert wrong.findtext("text") == "*" and wrong.get("fraction") == "0"
            assert wrong.findtext("feedback/text") == question.feedback_wrong


# GIFT -------------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def _split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """Split at unescaped marks: [(mark, text after it), ...]."""
    parts, current, mark, i = [], "", "", 0
    while i < len(text):
        if text[i] == "\\":
            current += text[i : i + 2]
            i += 2
            continue
        if text[i] in marks:
            parts.append((mark, current))
            mark, current = text[i], ""
        else:
            current += text[i]
        i += 1
    parts.append((mark, current))
    return parts


def read_gift(text: str) -> list[dict]:
    """Read the GIFT the course writes: titles, prompts, answers, feedback, tolerances."""
    questions = []
    for block in re.split(r"\n\s*\n", text):
        block = "\n".join(line for line in block.splitlines() if not line.startswith("//"))
        if not block.strip() or block.startswith("$CATEGORY"):
            continue
        match = re.match(
            r"::(.*?)(?<!\\)::\[plain\](.*?)(?<!\\)\{(#?)(.*)(?<!\\)\}\s*$", block, re.S
        )
        assert match, block
        title, prompt, numeric, body = match.groups()
        general = ""
        if "####" in body:
            body, general = body.split("####", 1)
        answers = []
        for mark, chunk in _split_unescaped(body, "=~")[1:]:
            pieces = _split_unescaped(chunk, "#")
            answers.append(
                {
                    "right": mark == "=",
                    "text": _unescape(pieces[0][1]),
                    "feedback": _unescape(pieces[1][1]) if len(pieces) > 1 else "",
                }
            )
        questions.append(
            {
                "title": _unescape(title),
                "prompt": _unescape(prompt),
                "numeric": bool(numeric),
                "answers": answers,
                "general": _unescape(general),
            }
        )
    return questions


def test_gift_keeps_every_option_feedback_and_tolerance(chosen):
    text = lms.gift(chosen)
    assert text.count("$CATEGORY:") == len(chosen)
    read = read_gift(text)
    expected = _questions(chosen)
    assert len(read) == len(expected)
    for item, (quiz, question) in zip(read, expected):
        assert item["title"] == lms.question_name(quiz, question)
        assert item["prompt"] == question.prompt
        assert question.citation in item["general"]
        if question.kind == "choice":
            assert not item["numeric"]
            assert [(a["right"], a["text"], a["feedback"]) for a in item["answers"]] == [
                (o.correct, o.text, o.feedback) for o in question.options
            ]
        else:
            assert item["numeric"]
            right, wrong = item["answers"]
            value, tolerance = right["text"].split(":")
            assert (float(value), float(tolerance)) == (question.answer, question.tolerance)
            assert right["right"] and right["feedback"] == question.feedback_correct
            assert not wrong["right"] and wrong["text"] == ""
            assert wrong["feedback"] == question.feedback_wrong


def test_gift_escapes_its_special_characters():
    assert lms.gift_escape("a: b = c ~ d # {e}\\") == "a\\: b \\= c \\~ d \\# \\{e\\}\\\\"
    assert read_gift("::t::[plain]Q {\n=a\\: b#c \\#1\n~x#y\n}")[0]["answers"][0] == {
        "right": True,
        "text": "a: b",
        "feedback": "c #1",
    }


# QTI for Canvas ---------------------------------------------------------------------------


QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def _mattext(element) -> str:
    import html

    markup = element.findtext(f".//{QTI}mattext") or ""
    text = html.unescape(re.sub(r"<[^>]+>", "", markup)).strip()
    # text2qti's Markdown prints typographic quotes; compare the words.
    return text.translate(
        str.maketrans(
            {
                "\u2018": "'",
                "\u2019": "'",
                "\u201c": '"',
                "\u201d": '"',
            }
        )
    )


def test_the_qti_package_canvas_imports_keeps_answers_feedback_and_tolerance(chosen):
    package = zipfile.ZipFile(io.BytesIO(lms.qti_package(chosen, "Course quiz")))
    manifest = ET.fromstring(package.read("imsmanifest.xml"))
    hrefs = [f.get("href") for f in manifest.iter() if f.tag.endswith("file")]
    assessment_path = next(h for h in hrefs if not h.endswith("assessment_meta.xml"))
    assert assessment_path in package.namelist()
    ns = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    assessment = ET.fromstring(package.read(assessment_path))
    items = assessment.findall(".//q:item", ns)
    expected = _questions(chosen)
    assert len(items) == len(expected)
    for item, (quiz, question) in zip(items, expected):
        assert item.get("title") == lms.question_name(quiz, question)
        assert _mattext(item.find("q:presentation", ns)) == question.prompt
        feedback = {f.get("ident"): _mattext(f) for f in item.findall("q:itemfeedback", ns)}
        kind = item.find(".//q:fieldentry", ns).text
        conditions = item.findall(".//q:respcondition", ns)
        if question.kind == "choice":
            assert kind == "multiple_choice_question"
            labels = item.findall(".//q:response_label", ns)
            assert [_mattext(label) for label in labels] == [o.text for o in question.options]
            right = [
                c.findtext(".//q:varequal", namespaces=ns)
                for c in conditions
                if c.find("q:setvar", ns) is not None
                and c.findtext("q:setvar", namespaces=ns) == "100"
            ]
            assert right == [labels[question.correct_index].get("ident")]
            for label, option in zip(labels, question.options):
                assert feedback[f"{label.get('ident')}_fb"] == option.feedback
        else:
            assert kind == "numerical_question"
            low = float(item.findtext(".//q:vargte", namespaces=ns))
            high = float(item.findtext(".//q:varlte", namespaces=ns))
            assert low == pytest.approx(question.answer - question.tolerance)
            assert high == pytest.approx(question.answer + question.tolerance)
            assert feedback["correct_fb"] == question.feedback_correct
            assert feedback["general_incorrect_fb"] == question.feedback_wrong


def test_the_files_follow_the_quiz_data_when_a_question_changes(chosen):
    """Built from the quiz model: a reworded question changes every file."""
    from dataclasses import replace

    quiz = chosen[0]
    changed = replace(quiz, questions=(replace(quiz.questions[0], prompt="A new prompt?"),))
    assert "A new prompt?" in lms.moodle_xml([changed])
    assert "A new prompt?" in lms.gift([changed])
    package = zipfile.ZipFile(io.BytesIO(lms.qti_package([changed], "t")))
    assert any(
        b"A new prompt?" in package.read(n) for n in package.namelist() if n.endswith(".xml")
    )
