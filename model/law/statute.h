#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace habeas {

// Plain value types. Their few member functions are defined in statuteparser.cpp, next to the
// parsing rules they mirror, so the data model needs no translation unit of its own.

// 项: a numbered item inside a paragraph, e.g. "（二）为订立、履行…".
struct Item {
    int number = 0;
    QString text; // verbatim, including the "（二）" marker (some files use ASCII "(二)")

    // The text after the marker, for display next to a number rendered elsewhere.
    [[nodiscard]] QString body() const;

    friend bool operator==(const Item &, const Item &) = default;
};

// 款: a paragraph of an article together with the items that enumerate under it.
struct Paragraph {
    QString text; // for the first paragraph, without the leading "第X条 "
    QList<Item> items;

    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

// 条.
struct Article {
    QString instrumentId;
    int number = 0;
    QString numberText; // "第十六条", as in the source
    QString separator; // what follows numberText in the source (ASCII or full-width space)
    QStringList chapterPath; // heading texts, outermost first (编 → 章 → 节)
    QList<Paragraph> paragraphs; // 款; never empty for a parsed article

    // The article exactly as it appears in the source text: blocks (paragraphs and items)
    // separated by one blank line, without trailing whitespace.
    [[nodiscard]] QString fullText() const;

    // The paragraph (1-based, as 款 are counted) or nullptr.
    [[nodiscard]] const Paragraph *paragraph(int paragraphNumber) const;

    friend bool operator==(const Article &, const Article &) = default;
};

enum class HeadingKind {
    Book, // 编, including a Civil Code book named in the file header ("# 人格权编")
    Chapter, // 章
    Section, // 节
    Division, // "一、当事人举证": the numbered divisions of judicial interpretations
    Other,
};

struct Heading {
    HeadingKind kind = HeadingKind::Other;
    int level = 0; // markdown depth: 1 for "#", 2 for "##", …
    QString text; // verbatim, including typographic spaces ("第一章\u2002\u2002基本规定")
    int firstArticle = 0; // article numbers covered (including nested headings)
    int lastArticle = 0;

    friend bool operator==(const Heading &, const Heading &) = default;
};

// One line of the adoption/amendment history in a file's header.
struct HistoryEntry {
    enum class Kind { Adopted, Amended, Revised, InForce, Other };

    Kind kind = Kind::Other;
    QDate date; // invalid if the line does not start with a date
    QString text; // the line as given, trimmed

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

enum class InstrumentKind {
    Law, // 法律 (NPC / NPCSC), including the Civil Code
    AdministrativeRegulation, // 行政法规 (State Council)
    JudicialInterpretation, // 司法解释 (SPC, SPC/SPP)
};

// One statute file. The parser fills the text-derived fields; StatuteLibrary adds the
// catalogue fields from instruments.json.
struct Instrument {
    // Catalogue (instruments.json)
    QString id; // stable id, e.g. "pipl", "civil-code-personality-rights", "cpl"
    QString title; // full formal title used in court citations
    QString groupId; // "civil-code" for the books of the Civil Code, else empty
    QString book; // e.g. "第四编 人格权" for a Civil Code book, else empty
    QString englishName;
    QString abbreviation; // short English form, e.g. "PIPL", "Civil Code"
    QStringList shortNames; // aliases a user might type ("个人信息保护法", "个保法", …)
    InstrumentKind kind = InstrumentKind::Law;
    QString fileName;
    QDate inForce;
    // The last day it was in force; invalid while it still is. No bundled text has ended yet.
    QDate ended;
    // Procedure (the Civil Procedure Law, the evidence provisions…) is the court's at the time
    // of the trial, not the law at the time of the conduct: no date check applies to it.
    bool governsProceedings = false;

    // Parsed from the text
    QString sourceTitle; // first heading of the file
    QList<HistoryEntry> history; // header lines before "<!-- INFO END -->"
    QStringList preamble; // paragraphs between the header and the first article
    QList<Heading> headings; // document order; headings without articles are dropped
    QList<Article> articles; // ascending by number

    [[nodiscard]] const Article *article(int number) const;
    [[nodiscard]] bool hasArticle(int number) const { return article(number) != nullptr; }
    [[nodiscard]] int firstArticleNumber() const;
    [[nodiscard]] int lastArticleNumber() const;
    [[nodiscard]] QDate adoptionDate() const; // first Adopted entry of the history
};

// Several files forming one instrument: the bundled books of the Civil Code. Article numbers
// run through the whole code, so a citation names the group and the number picks the book.
struct InstrumentGroup {
    QString id; // "civil-code"
    QString title; // "中华人民共和国民法典"
    QString englishName;
    QString abbreviation; // "Civil Code"
    QStringList shortNames;
    QStringList memberIds; // in catalogue order
};

} // namespace habeas
