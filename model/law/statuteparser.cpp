#include "law/statuteparser.h"

#include "law/chinesenumerals.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QString blockSeparator = u"\n\n"_s;

// Some sources pad with zero-width spaces (U+200B) on otherwise empty lines; QChar::isSpace()
// does not cover them, but for the layout they are blank lines.
bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return true;
    default:
        return c.isSpace();
    }
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), isInvisible);
}

QStringView trimmedEnd(QStringView s)
{
    while (!s.isEmpty() && isInvisible(s.back()))
        s.chop(1);
    return s;
}

// Length of the run of numeral characters starting at `from`.
qsizetype numeralRun(QStringView s, qsizetype from)
{
    qsizetype i = from;
    while (i < s.size() && isChineseNumeralChar(s[i]))
        ++i;
    return i - from;
}

// Markdown heading: returns the depth (number of '#') or 0.
int headingLevel(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == u'#')
        ++n;
    if (n == 0 || n >= line.size() || line[n] != u' ')
        return 0;
    return static_cast<int>(n);
}

HeadingKind headingKind(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'第')) {
        const qsizetype run = numeralRun(text, 1);
        if (run > 0 && 1 + run < text.size()) {
            switch (text[1 + run].unicode()) {
            case u'编':
                return HeadingKind::Book;
            case u'章':
                return HeadingKind::Chapter;
            case u'节':
                return HeadingKind::Section;
            default:
                break;
            }
        }
    }
    const qsizetype run = numeralRun(text, 0);
    if (run > 0 && run < text.size() && text[run] == u'、')
        return HeadingKind::Division;
    return HeadingKind::Other;
}

struct ArticleStart {
    int number = 0;
    qsizetype numberTextLength = 0; // "第…条"
};

// "第X条" followed by an ASCII or full-width space. Requiring the space keeps paragraphs that
// merely begin with a cross-reference ("第一百条规定的…") or "第三人…" out.
std::optional<ArticleStart> articleStart(QStringView line)
{
    if (!line.startsWith(u'第'))
        return std::nullopt;
    const qsizetype run = numeralRun(line, 1);
    const qsizetype end = 1 + run;
    if (run == 0 || end + 1 >= line.size() || line[end] != u'条')
        return std::nullopt;
    const QChar sep = line[end + 1];
    if (sep != u' ' && sep != QChar(0x3000))
        return std::nullopt;
    const std::optional<int> number = fromChineseNumeral(line.sliced(1, run));
    if (!number || *number <= 0)
        return std::nullopt;
    return ArticleStart { *number, end + 1 };
}

HistoryEntry historyEntry(QStringView line)
{
    HistoryEntry entry;
    entry.text = line.trimmed().toString();
    // "2021年8月20日 …": parse by hand; the header is the only place dates occur.
    const qsizetype year = entry.text.indexOf(u'年');
    const qsizetype month = entry.text.indexOf(u'月');
    const qsizetype day = entry.text.indexOf(u'日');
    if (year == 4 && month > year && day > month && day <= 10) {
        bool okY = false, okM = false, okD = false;
        const QStringView t(entry.text);
        const int y = t.first(year).toInt(&okY);
        const int m = t.sliced(year + 1, month - year - 1).toInt(&okM);
        const int d = t.sliced(month + 1, day - month - 1).toInt(&okD);
        if (okY && okM && okD)
            entry.date = QDate(y, m, d);
    }
    // Order matters: an amendment line also mentions the decision it "通过"-ed.
    if (entry.text.contains(u"施行"))
        entry.kind = HistoryEntry::Kind::InForce;
    else if (entry.text.contains(u"修订"))
        entry.kind = HistoryEntry::Kind::Revised;
    else if (entry.text.contains(u"修正"))
        entry.kind = HistoryEntry::Kind::Amended;
    else if (entry.text.contains(u"通过"))
        entry.kind = HistoryEntry::Kind::Adopted;
    return entry;
}

class Parser final {
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }
    Q_DISABLE_COPY_MOVE(Parser)

    StatuteParseResult run();

private:
    bool nextLine(QStringView *line);
    void parseHeader();
    void parseBody();
    void addHeading(int level, QStringView text, HeadingKind kind);
    void startArticle(const ArticleStart &start, QStringView line);
    void finishHeadings();

    QStringView m_text;
    qsizetype m_pos = 0;
    StatuteParseResult m_result;
    QList<Heading> m_allHeadings; // including headings that end up without articles
    QList<qsizetype> m_headingStack; // indices into m_allHeadings
    Article *m_article = nullptr;
    bool m_textOutsideWarned = false;
};

bool Parser::nextLine(QStringView *line)
{
    if (m_pos > m_text.size() || (m_pos == m_text.size() && m_pos > 0))
        return false;
    qsizetype end = m_text.indexOf(u'\n', m_pos);
    if (end < 0)
        end = m_text.size();
    QStringView l = m_text.sliced(m_pos, end - m_pos);
    if (l.endsWith(u'\r'))
        l.chop(1);
    *line = l;
    m_pos = end + 1;
    return true;
}

StatuteParseResult Parser::run()
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
    parseHeader();
    parseBody();
    finishHeadings();
    Instrument &in = m_result.instrument;
    if (in.sourceTitle.isEmpty())
        m_result.errorString = QCoreApplication::translate(
            "habeas::StatuteParser", "The statute text has no title heading.");
    else if (in.articles.isEmpty())
        m_result.errorString = QCoreApplication::translate(
            "habeas::StatuteParser", "The statute text contains no articles (\u201c第X条\u201d).");
    return std::move(m_result);
}

void Parser::parseHeader()
{
    const qsizetype marker = m_text.indexOf(u"<!-- INFO END -->", m_pos);
    if (marker < 0)
        m_result.warnings << QCoreApplication::translate("habeas::StatuteParser",
            "No \u201c<!-- INFO END -->\u201d marker; the header is just the title.");
    const qsizetype headerEnd = marker < 0 ? m_pos : marker;

    QStringView line;
    while (m_pos < headerEnd && nextLine(&line)) {
        if (isBlank(line))
            continue;
        if (const int level = headingLevel(line); level == 1) {
            const QStringView text = trimmedEnd(line.sliced(2));
            if (m_result.instrument.sourceTitle.isEmpty())
                m_result.instrument.sourceTitle = text.trimmed().toString();
            else
                addHeading(1, text, HeadingKind::Book); // a Civil Code book ("# 人格权编")
            continue;
        }
        m_result.instrument.history << historyEntry(line);
    }
    if (marker >= 0) {
        m_pos = marker;
        nextLine(&line); // the marker line itself
    } else if (m_result.instrument.sourceTitle.isEmpty() && nextLine(&line)) {
        if (headingLevel(line) == 1)
            m_result.instrument.sourceTitle = trimmedEnd(line.sliced(2)).trimmed().toString();
        else
            m_pos = 0;
    }
}

void Parser::addHeading(int level, QStringView text, HeadingKind kind)
{
    while (!m_headingStack.isEmpty() && m_allHeadings[m_headingStack.back()].level >= level)
        m_headingStack.removeLast();
    Heading h;
    h.kind = kind;
    h.level = level;
    h.text = text.toString();
    m_allHeadings << h;
    m_headingStack << (m_allHeadings.size() - 1);
}

void Parser::startArticle(const ArticleStart &start, QStringView line)
{
    Instrument &in = m_result.instrument;
    if (!in.articles.isEmpty()) {
        const int previous = in.articles.back().number;
        if (start.number <= previous) {
            // Lookups rely on ascending numbers; a text violating that is not usable.
            m_result.errorString = QCoreApplication::translate("habeas::StatuteParser",
                "Article %1 follows article %2: numbering is not ascending.")
                                       .arg(start.number)
                                       .arg(previous);
        } else if (start.number != previous + 1) {
            m_result.warnings << QCoreApplication::translate(
                "habeas::StatuteParser", "Articles %1 to %2 are missing.")
                                     .arg(previous + 1)
                                     .arg(start.number - 1);
        }
    }
    Article a;
    a.number = start.number;
    a.numberText = line.first(start.numberTextLength).toString();
    a.separator = line.sliced(start.numberTextLength, 1).toString();
    a.paragraphs << Paragraph { line.sliced(start.numberTextLength + 1).toString(), {} };
    a.chapterPath.reserve(m_headingStack.size());
    for (const qsizetype idx : std::as_const(m_headingStack)) {
        Heading &h = m_allHeadings[idx];
        if (h.firstArticle == 0)
            h.firstArticle = a.number;
        h.lastArticle = a.number;
        a.chapterPath << h.text;
    }
    in.articles << std::move(a);
    m_article = &in.articles.back();
}

void Parser::parseBody()
{
    QStringView line;
    while (nextLine(&line)) {
        if (isBlank(line))
            continue;
        line = trimmedEnd(line);
        if (const int level = headingLevel(line); level > 0) {
            const QStringView text = line.sliced(level + 1);
            addHeading(level, text, level == 1 ? HeadingKind::Book : headingKind(text));
            m_article = nullptr; // a heading always closes the article before it
            continue;
        }
        if (const std::optional<ArticleStart> start = articleStart(line)) {
            startArticle(*start, line);
            continue;
        }
        if (m_article) {
            int number = 0;
            QList<Item> &items = m_article->paragraphs.back().items;
            if (isItemLine(line, &number))
                items << Item { number, line.toString() };
            else if (!items.isEmpty() && (isSubItemLine(line) || items.back().text.endsWith(u'：')))
                // "1．不超过1万元的…" under "（一）财产案件…按照下列比例…交纳：" (诉讼费用交纳办法
                // 第十三条): part of the item, a block of its own in the text.
                items.back().text += blockSeparator + line.toString();
            else
                m_article->paragraphs << Paragraph { line.toString(), {} };
            continue;
        }
        if (m_result.instrument.articles.isEmpty()) {
            m_result.instrument.preamble << line.toString();
        } else if (!m_textOutsideWarned) {
            m_textOutsideWarned = true;
            m_result.warnings << QCoreApplication::translate("habeas::StatuteParser",
                "Text between a heading and the next article is ignored: %1")
                                     .arg(line.left(40));
        }
    }
}

void Parser::finishHeadings()
{
    // Headings that cover no article are a table of contents or similar front matter
    // (the SPC Civil Procedure Interpretation repeats its division headings up front).
    qsizetype dropped = 0;
    for (const Heading &h : std::as_const(m_allHeadings)) {
        if (h.firstArticle > 0)
            m_result.instrument.headings << h;
        else
            ++dropped;
    }
    if (dropped > 0)
        m_result.warnings << QCoreApplication::translate("habeas::StatuteParser",
            "%n heading(s) without articles ignored.", nullptr, static_cast<int>(dropped));
}

} // namespace

bool isSubItemLine(QStringView line)
{
    qsizetype digits = 0;
    while (digits < line.size() && line[digits].isDigit() && line[digits].unicode() < 128)
        ++digits;
    return digits > 0 && digits < line.size() && line[digits] == u'．';
}

bool isItemLine(QStringView line, int *number)
{
    if (line.size() < 3 || (line[0] != u'（' && line[0] != u'('))
        return false;
    const qsizetype run = numeralRun(line, 1);
    if (run == 0 || 1 + run >= line.size())
        return false;
    const QChar close = line[1 + run];
    if (close != u'）' && close != u')')
        return false;
    const std::optional<int> n = fromChineseNumeral(line.sliced(1, run));
    if (!n || *n <= 0)
        return false;
    if (number)
        *number = *n;
    return true;
}

StatuteParseResult parseStatute(QStringView markdown)
{
    Parser parser(markdown);
    return parser.run();
}

// --- statute.h member functions -------------------------------------------------------------

QString Item::body() const
{
    const qsizetype close = text.indexOf(text.startsWith(u'(') ? u')' : u'）');
    return close < 0 ? text : text.sliced(close + 1);
}

QString Article::fullText() const
{
    qsizetype size = numberText.size() + separator.size();
    for (const Paragraph &p : paragraphs) {
        size += p.text.size() + blockSeparator.size();
        for (const Item &i : p.items)
            size += i.text.size() + blockSeparator.size();
    }
    QString out;
    out.reserve(size);
    out += numberText;
    out += separator;
    bool first = true;
    for (const Paragraph &p : paragraphs) {
        if (!first)
            out += blockSeparator;
        first = false;
        out += p.text;
        for (const Item &i : p.items) {
            out += blockSeparator;
            out += i.text;
        }
    }
    return out;
}

const Paragraph *Article::paragraph(int paragraphNumber) const
{
    if (paragraphNumber < 1 || paragraphNumber > paragraphs.size())
        return nullptr;
    return &paragraphs[paragraphNumber - 1];
}

const Article *Instrument::article(int number) const
{
    const auto it = std::lower_bound(articles.cbegin(), articles.cend(), number,
        [](const Article &a, int n) { return a.number < n; });
    return it != articles.cend() && it->number == number ? &*it : nullptr;
}

int Instrument::firstArticleNumber() const
{
    return articles.isEmpty() ? 0 : articles.front().number;
}

int Instrument::lastArticleNumber() const
{
    return articles.isEmpty() ? 0 : articles.back().number;
}

QDate Instrument::adoptionDate() const
{
    for (const HistoryEntry &e : history) {
        if (e.kind == HistoryEntry::Kind::Adopted)
            return e.date;
    }
    return {};
}

} // namespace habeas
