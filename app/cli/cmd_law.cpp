#include "commandhelpers.h"
#include "law/citation.h"
#include "law/statute.h"
#include "law/statutelibrary.h"
#include "law/statutesearch.h"
#include "law/theorycatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

QString burdenName(Burden b, bool english)
{
    switch (b) {
    case Burden::Plaintiff:
        return english ? u"plaintiff"_s : u"原告"_s;
    case Burden::Defendant:
        return english ? u"defendant"_s : u"被告"_s;
    case Burden::Shifting:
        return english ? u"plaintiff, then defendant"_s : u"原告→被告"_s;
    }
    return {};
}

int statuteShow(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser
        .positional(u"CITATION"_s,
            QCoreApplication::translate(
                "habeas::cli", "e.g. \"PIPL 16\", \"个人信息保护法第十六条\", \"Civil Code 1034\""))
        .option(u"lang"_s, u"zh|en"_s,
            QCoreApplication::translate(
                "habeas::cli", "the language of the labels (the text is the official Chinese)"));
    if (auto done = parseArguments(ctx, parser, args, u"statute show"_s))
        return *done;
    StatuteLibrary library;
    if (!library.load())
        return ctx.out.fail(LibraryError, library.errorString());
    const CitationParseResult parsed = parseCitation(parser.positional(0), library);
    if (!parsed.isValid())
        return ctx.out.fail(UsageError, parsed.errorString);
    const Citation &c = parsed.citation;
    const Instrument *instrument = library.instrument(c.instrumentId);
    const Article *article = instrument ? instrument->article(c.article) : nullptr;
    if (!article)
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "That article is not in the statute library."));
    QString text = article->fullText();
    if (c.paragraph) {
        const Paragraph *p = article->paragraph(c.paragraph);
        text = c.item && p && c.item <= p->items.size() ? p->items.at(c.item - 1).text
                                                        : (p ? p->text : text);
    }
    const QString court = formatCitation(c, library, CitationStyle::Court);
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject {
            { u"citation"_s, court },
            { u"short"_s, formatCitation(c, library, CitationStyle::Short) },
            { u"instrument"_s, c.instrumentId },
            { u"title"_s, instrument->title },
            { u"article"_s, c.article },
            { u"paragraph"_s, c.paragraph ? QJsonValue(c.paragraph) : QJsonValue() },
            { u"item"_s, c.item ? QJsonValue(c.item) : QJsonValue() },
            { u"chapter"_s, article->chapterPath.join(u" › "_s) },
            { u"text"_s, text },
        });
        return Done;
    }
    ctx.out.printLine(court);
    if (!article->chapterPath.isEmpty())
        ctx.out.printLine(article->chapterPath.join(u" › "_s));
    ctx.out.printLine({});
    ctx.out.printLine(text);
    if (parser.value(u"lang"_s) == u"en"_s)
        ctx.out.message(QCoreApplication::translate("habeas::cli",
            "Only the official Chinese text is shipped; there is no English text to show."));
    return Done;
}

int statuteSearch(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(
        u"QUERY"_s, QCoreApplication::translate("habeas::cli", "words to find, e.g. 单独同意"));
    if (auto done = parseArguments(ctx, parser, args, u"statute search"_s))
        return *done;
    StatuteLibrary library;
    if (!library.load())
        return ctx.out.fail(LibraryError, library.errorString());
    StatuteSearch search(library);
    if (auto st = search.build(); !st.ok())
        return ctx.out.fail(st.error());
    const auto hits = search.search(parser.positional(0));
    if (!hits.ok())
        return ctx.out.fail(hits.error());
    QJsonArray array;
    for (const StatuteSearch::Hit &h : hits.value()) {
        const Citation c { h.instrumentId, h.article, 0, 0 };
        if (ctx.out.json())
            array.append(
                QJsonObject { { u"citation"_s, formatCitation(c, library, CitationStyle::Court) },
                    { u"instrument"_s, h.instrumentId }, { u"article"_s, h.article },
                    { u"snippet"_s, h.snippet } });
        else
            ctx.out.printLine(formatCitation(c, library, CitationStyle::Court) + u"  "_s
                + QString(h.snippet).replace(u'\n', u' '));
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    return Done;
}

int theoryList(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    if (auto done = parseArguments(ctx, parser, args, u"theory list"_s))
        return *done;
    TheoryCatalogue catalogue;
    if (!catalogue.load())
        return ctx.out.fail(LibraryError, catalogue.errorString());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Theory &t : catalogue.theories()) {
        array.append(QJsonObject { { u"id"_s, t.id }, { u"code"_s, t.code },
            { u"name"_s, t.nameZh }, { u"nameEn"_s, t.nameEn },
            { u"elements"_s, static_cast<int>(t.elements.size()) } });
        rows << QStringList { t.id, t.code, t.nameZh, t.nameEn };
    }
    if (ctx.out.json())
        ctx.out.printJson(array);
    else
        ctx.out.printTable(
            { u"ID"_s, u"#"_s, QCoreApplication::translate("habeas::cli", "Theory"), u""_s }, rows);
    return Done;
}

int theoryShow(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"THEORY"_s,
        QCoreApplication::translate("habeas::cli", "a theory id, e.g. refusal-of-service"));
    if (auto done = parseArguments(ctx, parser, args, u"theory show"_s))
        return *done;
    TheoryCatalogue catalogue;
    if (!catalogue.load())
        return ctx.out.fail(LibraryError, catalogue.errorString());
    const Theory *t = catalogue.theory(parser.positional(0));
    if (!t)
        return ctx.out.fail(UsageError,
            QCoreApplication::translate(
                "habeas::cli", "There is no theory \"%1\"; habeas-cli theory list shows them.")
                .arg(parser.positional(0)));
    if (ctx.out.json()) {
        QJsonArray elements;
        for (const Element &e : t->elements)
            elements.append(QJsonObject { { u"id"_s, e.id }, { u"text"_s, e.textZh },
                { u"textEn"_s, e.textEn }, { u"burden"_s, toId(e.burden) },
                { u"articles"_s, QJsonArray::fromStringList(e.articles) },
                { u"evidence"_s, QJsonArray::fromStringList(e.evidenceCodes) },
                { u"limb"_s, e.limb } });
        QJsonArray limbs;
        for (const Limb &l : t->limbs)
            limbs.append(QJsonObject { { u"id"_s, l.id }, { u"name"_s, l.nameZh } });
        QJsonArray defences;
        for (const Defence &d : t->defences)
            defences.append(
                QJsonObject { { u"defence"_s, d.defenceZh }, { u"answer"_s, d.answerZh },
                    { u"articles"_s, QJsonArray::fromStringList(d.articles) } });
        QJsonArray claims;
        for (const ClaimTemplate &c : t->claims)
            claims.append(c.text);
        ctx.out.printJson(QJsonObject { { u"id"_s, t->id }, { u"code"_s, t->code },
            { u"name"_s, t->nameZh }, { u"nameEn"_s, t->nameEn },
            { u"articles"_s, QJsonArray::fromStringList(t->articles) }, { u"elements"_s, elements },
            { u"defences"_s, defences }, { u"claims"_s, claims }, { u"limbs"_s, limbs },
            { u"alternatives"_s, t->alternatives }, { u"heading"_s, t->headingZh } });
        return Done;
    }
    const bool english = !QLocale().name().startsWith(u"zh"_s);
    ctx.out.printLine(u"%1 %2 — %3"_s.arg(t->code, t->nameZh, t->nameEn));
    ctx.out.printLine(t->articles.join(u"; "_s));
    for (const Limb &l : t->limbs)
        ctx.out.printLine(
            (t->alternatives ? QCoreApplication::translate("habeas::cli", "alternative %1: %2")
                             : QCoreApplication::translate("habeas::cli", "limb %1: %2"))
                .arg(l.id, english ? l.nameEn : l.nameZh));
    ctx.out.printLine({});
    for (const Element &e : t->elements)
        ctx.out.printLine(u"%1  [%2]%3  %4"_s.arg(e.id, burdenName(e.burden, english),
            e.limb.isEmpty() ? QString() : u" ("_s + e.limb + u')', english ? e.textEn : e.textZh));
    if (!t->defences.isEmpty())
        ctx.out.printLine({});
    for (const Defence &d : t->defences)
        ctx.out.printLine(u"• %1 → %2"_s.arg(d.defenceZh, d.answerZh));
    if (!t->claims.isEmpty())
        ctx.out.printLine({});
    for (const ClaimTemplate &c : t->claims)
        ctx.out.printLine(c.text);
    return Done;
}

} // namespace

int runStatuteCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"statute"_s,
        {
            { u"show"_s, statuteShow },
            { u"search"_s, statuteSearch },
        });
}

int runTheoryCommand(CliContext &ctx, const QStringList &args)
{
    return runSubcommand(ctx, args, u"theory"_s,
        {
            { u"list"_s, theoryList },
            { u"show"_s, theoryShow },
        });
}

} // namespace habeas::cli
