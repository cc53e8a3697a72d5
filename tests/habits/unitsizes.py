#!/usr/bin/env python3
"""Small units: no function longer than 80 lines, no file longer than 600, in the product's folders.

    tests/habits/unitsizes.py [--root DIR] [--allowlist FILE] [--list] [--self-test]

Measures every .cpp and .h under app/, ui/, documents/, parsing/ and model/ and exits 1 naming each
offender as `path:line: function NAME is N lines (limit 80)` or `path: N lines (limit 600)`.
--list prints every function over the limit, allowed or not, and exits 0. --self-test runs the
scanner on a piece of code holding the constructs that could mislead it (ctest runs both).

How it measures. A function's length runs from the line of its body's opening brace to the line
of its closing brace, both counted; a lambda or local class inside a function counts towards
that function. A file's length is its number of lines. Functions are found by a scanner, not a
compiler: it removes comments, string and character literals (raw strings included, and digit
separators such as 1'000 are told from character literals) and preprocessor lines, then matches
braces. A brace opened outside any function body is a function body when the text before it
since the last `;`, `{` or `}` has a parameter list and is not a class, struct, union, enum or
namespace head or an initialiser (`= ...`); in a constructor's member-initialiser list, a brace
that follows a name (`m_x{1}`) is an initialiser and the body is the brace after `)` or `}`.
The scanner needs no build, so the test runs in a second; its limits: code hidden behind macros
that open or close braces, or `#if` branches with unbalanced braces, would mislead it (none do
today; the test fails loudly on unbalanced braces rather than guess).

The allowlist (tests/habits/allowlist.txt) names offenders that another branch is splitting now:
one per line, `path:function` or `path` (for a file's length), then ` -- ` and why. An allowed
offender does not fail the test; an allowlist line that matches no offender does, so that lines
are removed once the split lands.
"""
import argparse
import os
import re
import sys

FOLDERS = ("app", "ui", "documents", "parsing", "model")
FUNCTION_LIMIT = 80
FILE_LIMIT = 600

ACCESS_END = re.compile(r"(?<!:)\b(public|private|protected|Q_SIGNALS|signals)(\s+(Q_SLOTS|slots))?\s*:$")


def strip_code(text):
    """Returns text with comments, literals and preprocessor lines blanked; newlines are kept."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in " \t":
            out.append(c)
            i += 1
            continue
        if line_start and c == "#":
            # A preprocessor line, with its continuations.
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    out.append(" \n")
                    i += 2
                    continue
                if text.startswith("/*", i):
                    end = text.find("*/", i + 2)
                    end = n if end < 0 else end + 2
                    out.append("".join(ch if ch == "\n" else " " for ch in text[i:end]))
                    i = end
                    continue
                out.append(" ")
                i += 1
            continue
        line_start = False
        if c == "\n":
            out.append(c)
            line_start = True
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:end]))
            i = end
        elif c == '"':
            raw = re.search(r'(?:u8|u|U|L)?R$', text[max(0, i - 3):i])
            if raw and not re.match(r'[A-Za-z0-9_]', text[i - len(raw.group(0)) - 1:i - len(raw.group(0))] or " "):
                m = re.match(r'"([^()\\ \t\n]{0,16})\(', text[i:])
                if not m:
                    raise ValueError("malformed raw string at offset %d" % i)
                close = ")" + m.group(1) + '"'
                end = text.find(close, i + len(m.group(0)))
                if end < 0:
                    raise ValueError("unterminated raw string at offset %d" % i)
                end += len(close)
            else:
                end = i + 1
                while end < n and text[end] != '"':
                    if text[end] == "\\":
                        end += 1
                    elif text[end] == "\n":
                        raise ValueError("unterminated string at offset %d" % i)
                    end += 1
                end += 1
            out.append('""' + "".join(ch if ch == "\n" else " " for ch in text[i + 2:end]))
            i = end
        elif c == "'":
            # A digit separator (1'000, 0xFF'FF) sits inside a number token.
            j = i - 1
            while j >= 0 and (text[j].isalnum() or text[j] in "_'"):
                j -= 1
            if j + 1 < i and text[j + 1].isdigit():
                out.append(" ")
                i += 1
                continue
            end = i + 1
            while end < n and text[end] != "'":
                if text[end] == "\\":
                    end += 1
                end += 1
            end += 1
            out.append("''" + " " * (end - i - 2))
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def top_level(header, char):
    """Index of the first `char` outside parentheses and brackets, or -1."""
    depth = 0
    for k, ch in enumerate(header):
        if ch == char and depth == 0:
            return k
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
    return -1


def classify(header):
    """('namespace'|'class'|'function'|'other', name) for the text before an opening brace."""
    h = " ".join(header.split())
    h = re.sub(r"^(template\s*<.*?>\s*)+", "", h)
    h = re.sub(r"\[\[.*?\]\]", "", h).strip()
    if re.match(r"^(inline\s+)?namespace\b", h) or re.match(r'^extern\s*""', h):
        return "namespace", None
    if re.match(r"^(typedef\s+)?(enum)\b", h):
        return "other", None
    m = re.match(r"^(?:typedef\s+)?(class|struct|union)\b\s*(?:[A-Z_][A-Z0-9_]+\s+(?=[A-Za-z_]))?([A-Za-z_]\w*)?", h)
    if m and top_level(h, "(") < 0 or m and top_level(h, "(") > top_level(h, ":") >= 0:
        return "class", m.group(2) or "(anonymous)"
    paren = top_level(h, "(")
    if paren < 0:
        return "other", None
    if "operator" not in h[:paren] and re.search(r"(?<![=!<>+\-*/%&|^])=(?!=)", h[:paren]):
        return "other", None
    name = re.search(r"((?:[A-Za-z_]\w*\s*(?:<[^()]*>)?\s*::\s*)*(?:~\s*)?(?:operator\s*(?:\(\)|[^\s(]+|\s+\w+)|[A-Za-z_]\w*))\s*$",
                     h[:paren])
    if not name:
        return "other", None
    return "function", re.sub(r"\s+", "", name.group(1))


def member_initialiser(header):
    """Whether a brace after this header opens a member initialiser (Foo() : m_x{1}), not a body."""
    h = " ".join(header.split())
    paren = top_level(h, "(")
    if paren < 0:
        return False
    depth, close = 0, -1
    for k in range(paren, len(h)):
        depth += {"(": 1, ")": -1}.get(h[k], 0)
        if depth == 0:
            close = k
            break
    if close < 0 or not re.search(r"(?<!:):(?!:)", h[close:]):
        return False
    return bool(re.search(r"[\w>]\s*$", h)) and not re.search(
        r"\b(const|override|final|noexcept|mutable|volatile)\s*$", h)


def functions(path):
    """Yields (name, first line, length) for every function body in the file."""
    with open(path, encoding="utf-8") as f:
        code = strip_code(f.read())
    stack = []  # one entry per open brace: (kind, name, line)
    header_start = 0
    line = 1
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        opaque = any(entry[0] in ("function", "other", "init") for entry in stack)
        if c == "{":
            kind, name = ("inner", None)
            if not opaque:
                header = code[header_start:i]
                kind, name = classify(header)
                if kind == "function" and member_initialiser(header):
                    kind = "init"
                elif kind == "function":
                    classes = [entry[1] for entry in stack if entry[0] == "class"]
                    if classes and "::" not in name:
                        name = classes[-1] + "::" + name
                if kind != "init":
                    header_start = i + 1
            stack.append((kind, name, line))
        elif c == "}":
            if not stack:
                raise ValueError("%s:%d: unbalanced }" % (path, line))
            kind, name, start = stack.pop()
            if kind == "function":
                yield name, start, line - start + 1
            if kind != "init":
                header_start = i + 1
        elif c == ";" and not opaque:
            header_start = i + 1
        elif c == ":" and not opaque and ACCESS_END.search(code[header_start:i + 1]):
            header_start = i + 1
    if stack:
        raise ValueError("%s: %d unclosed {" % (path, len(stack)))


SELF_TEST = r'''
#define BRACE {
namespace n {
struct S {
    S() : m_x{1}, m_y(2) { body(); }
    int inlineMember() const { return 1; }
    int m_x; int m_y;
};
class W : public Base<decltype(f())> {
    Q_OBJECT
public:
    void g() override
    {
        auto s = R"x(} { ")x";
        char c = '{';
        int big = 1'000'000;
        // }
        /* { */
        [] { if (true) { } }();
    }
signals:
    void changed();
};
enum class E { A, B };
const int kTable[] = { 1, 2 };
Foo::Foo(int a)
    : Base(a)
    , m_v { a, 2 }
{
    one();
    two();
}
} // namespace n
int main() { return 0; }
'''


def self_test():
    """Checks the scanner on code with the constructs that could mislead it; returns 0 if right."""
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False, encoding="utf-8") as f:
        f.write(SELF_TEST)
    found = [(name, line, length) for name, line, length in functions(f.name)]
    os.unlink(f.name)
    expected = [("S::S", 5, 1), ("S::inlineMember", 6, 1), ("W::g", 13, 8),
                ("Foo::Foo", 29, 4), ("main", 34, 1)]
    if found != expected:
        print("unitsizes self-test failed:\n  found    %s\n  expected %s" % (found, expected))
        return 1
    print("unitsizes self-test: %d functions found as expected" % len(found))
    return 0


def sources(root):
    for folder in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(dirpath, name)


def read_allowlist(path):
    entries = {}
    if not path or not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            text = raw.split("#", 1)[0].strip() if raw.lstrip().startswith("#") else raw.strip()
            if not text:
                continue
            key, sep, why = text.partition(" -- ")
            if not sep or not why.strip():
                raise ValueError("%s:%d: expected `path[:function] -- why`" % (path, number))
            entries[key.strip()] = number
    return entries


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(here)))
    parser.add_argument("--allowlist", default=os.path.join(here, "allowlist.txt"))
    parser.add_argument("--list", action="store_true", help="print every offender and exit 0")
    parser.add_argument("--self-test", action="store_true", help="check the scanner itself")
    args = parser.parse_args()
    if args.self_test:
        return self_test()

    allowed = read_allowlist(args.allowlist)
    used = set()
    failures, allowed_seen = [], []
    checked_files = checked_functions = 0
    for path in sources(args.root):
        rel = os.path.relpath(path, args.root).replace(os.sep, "/")
        checked_files += 1
        with open(path, encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        if lines > FILE_LIMIT:
            message = "%s: %d lines (limit %d)" % (rel, lines, FILE_LIMIT)
            (allowed_seen if rel in allowed else failures).append(message)
            used.add(rel)
        for name, start, length in functions(path):
            checked_functions += 1
            if length <= FUNCTION_LIMIT:
                continue
            key = "%s:%s" % (rel, name)
            message = "%s:%d: function %s is %d lines (limit %d)" % (rel, start, name, length, FUNCTION_LIMIT)
            if key in allowed:
                used.add(key)
                allowed_seen.append(message + " [allowlisted]")
            else:
                failures.append(message)
    if args.list:
        for message in failures + allowed_seen:
            print(message)
        return 0
    stale = sorted(set(allowed) - used)
    for message in allowed_seen:
        print(message)
    for key in stale:
        failures.append("%s:%d: allowlist entry %s matches no offender any more: remove it"
                        % (os.path.relpath(args.allowlist, args.root), allowed[key], key))
    for message in failures:
        print(message)
    print("unitsizes: %d files, %d functions checked; %d over the limits, %d allowlisted"
          % (checked_files, checked_functions, len(failures) - len(stale), len(allowed_seen)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
