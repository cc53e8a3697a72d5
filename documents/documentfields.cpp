#include "documentfields.h"

#include "cases/documentfieldstore.h"
#include "cases/eventstore.h"
#include "filingtext.h"
#include "law/chinesenumerals.h"
#include "law/citation.h"
#include "law/statutelibrary.h"
#include "markup.h"
#include "storage/library.h"
#include "templateregistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr char kContext[] = "habeas::DocumentFields";

struct SpecEntry {
    const char16_t *templateId;
    const char16_t *id;
    FieldKind kind;
    const char16_t *label;
    const char *help;
    const char16_t *article = u""; // Items
    // Required whenever another field is set ("deceased") or chose an item ("grounds=3").
    const char16_t *requiredWhen = u"";
    // Not needed when the case gives this key instead (a letter's period: a rights-request
    // deadline of the case, deadlinetext.h).
    const char16_t *orCaseKey = u"";
};

// clang-format off
constexpr SpecEntry kSpecs[] = {
    // 个人信息查阅、复制请求函 (PIPL 44, 45, 50; 49 for a deceased's data)
    { u"access-request", u"categories", FieldKind::Lines, u"请求查阅、复制的个人信息种类",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The kinds of personal information to see and copy, one a line") },
    { u"access-request", u"explain", FieldKind::Flag, u"要求说明处理规则",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Also ask for the processing rules to be explained (PIPL 48)") },
    { u"access-request", u"period", FieldKind::Days, u"答复期限（日）",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Days the processor has to answer; no law fixes them, the lawyer chooses (or a rights-request deadline of the case)"), u"", u"", u"responsePeriod" },
    { u"access-request", u"deceased", FieldKind::Text, u"死者姓名",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The deceased whose information a close relative asks for (PIPL 49); empty when the client's own") },
    { u"access-request", u"relation", FieldKind::Text, u"请求人与死者的近亲属关系",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The client's relation to the deceased (e.g. 儿子, 配偶)"), u"", u"deceased" },
    { u"access-request", u"interest", FieldKind::Text, u"请求人自身的合法、正当利益",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The client's own lawful and legitimate interest in the deceased's information (PIPL 49)"), u"", u"deceased" },
    // 删除个人信息请求函 (PIPL 47)
    { u"deletion-request", u"categories", FieldKind::Lines, u"请求删除的个人信息种类",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The kinds of personal information to delete, one a line") },
    { u"deletion-request", u"grounds", FieldKind::Items, u"请求删除的法定情形",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The items of PIPL 47(1) the request rests on, e.g. 4 or 1,4"), u"PIPL 47(1)" },
    { u"deletion-request", u"withdrawal", FieldKind::Event, u"大事记中撤回同意的事件",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The chronology event recording the withdrawal of consent (needed for item 3)"), u"", u"grounds=3" },
    { u"deletion-request", u"violation", FieldKind::Text, u"违法或者违约处理个人信息的事实",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "How the processor broke the law or the agreement (needed for item 4)"), u"", u"grounds=4" },
    { u"deletion-request", u"period", FieldKind::Days, u"答复期限（日）",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Days the processor has to answer; no law fixes them, the lawyer chooses (or a rights-request deadline of the case)"), u"", u"", u"responsePeriod" },
    // 律师函: the facts and the analysis in the letter's own voice (贵方, 委托人), never the
    // complaint's (原告, 被告) nor its procedural events
    { u"lawyer-letter", u"facts", FieldKind::Lines, u"律师函中的基本事实",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The facts as the letter tells them to the addressee (贵方, 委托人), one paragraph a line") },
    { u"lawyer-letter", u"analysis", FieldKind::Lines, u"律师函中的法律分析",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Which rules the addressee broke and why it is liable, one paragraph a line") },
    { u"lawyer-letter", u"period", FieldKind::Days, u"答复期限（日）",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Days the addressee has to answer in writing; the lawyer chooses (or a rights-request deadline of the case)"), u"", u"", u"responsePeriod" },
    // 调查收集证据申请书 (CPL 67(2); CPLI 94; EvR 20)
    { u"evidence-investigation", u"holder", FieldKind::Text, u"被调查人的姓名或者单位名称、住所地",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Who holds the evidence: name and address (EvR 20)") },
    { u"evidence-investigation", u"evidence", FieldKind::Lines, u"所要调查收集的证据名称或者内容",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The evidence the court should collect, one a line") },
    { u"evidence-investigation", u"cause", FieldKind::Text, u"不能自行收集的客观原因",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Why the client cannot collect it (CPLI 94, e.g. held by a state body, or personal privacy)") },
    { u"evidence-investigation", u"facts", FieldKind::Text, u"要证明的事实",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The facts the evidence proves") },
    { u"evidence-investigation", u"leads", FieldKind::Text, u"明确的线索",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The clear leads to the evidence (EvR 20)") },
    // 书证提出命令申请书 (CPLI 112; EvR 45-48, 99(2))
    { u"document-production", u"documents", FieldKind::Lines, u"申请提交的书证名称或者内容",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The documents or electronic data to be produced, one a line (EvR 45)") },
    { u"document-production", u"facts", FieldKind::Text, u"以该书证证明的事实及其重要性",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The facts they prove and why those facts matter (EvR 45)") },
    { u"document-production", u"control", FieldKind::Text, u"对方当事人控制该书证的根据",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Why the opponent controls them (EvR 45)") },
    { u"document-production", u"grounds", FieldKind::Items, u"对方当事人应当提交书证的情形",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The items of EvR 47(1) that oblige the opponent to produce, e.g. 3"), u"SPC Evidence Provisions 47(1)" },
    { u"document-production", u"reason", FieldKind::Text, u"应当提交该书证的理由",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Why the opponent must produce them (EvR 45)") },
    // 证据保全申请书 (CPL 84; EvR 25-26)
    { u"evidence-preservation", u"evidence", FieldKind::Lines, u"需要保全的证据的基本情况",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The evidence to preserve and where it is, one item a line (EvR 25)") },
    { u"evidence-preservation", u"risk", FieldKind::Text, u"证据可能灭失或者以后难以取得的情形",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Why the evidence may be lost or later hard to obtain (CPL 84)") },
    { u"evidence-preservation", u"measures", FieldKind::Text, u"申请采取的保全措施",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The measures asked for: copying, photographs, sealing … (EvR 25)") },
    { u"evidence-preservation", u"security", FieldKind::Text, u"提供的担保",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The security offered, when the measures restrict the holder (EvR 26)") },
    { u"evidence-preservation", u"beforeSuit", FieldKind::Flag, u"诉前申请",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "Applied for before the suit, as an urgent matter (CPL 84(2))") },
    // 人格权侵害禁令申请书 (Civil Code 997)
    { u"personality-injunction", u"conduct", FieldKind::Text, u"正在实施或者即将实施的侵害人格权的违法行为",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The unlawful conduct under way or imminent (Civil Code 997)") },
    { u"personality-injunction", u"harm", FieldKind::Text, u"不及时制止将造成难以弥补的损害的情形",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The irreparable harm if it is not stopped at once (Civil Code 997)") },
    { u"personality-injunction", u"orders", FieldKind::Lines, u"请求责令被申请人停止的行为",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "What the respondent should be ordered to stop, one a line") },
    { u"personality-injunction", u"security", FieldKind::Text, u"提供的担保",
        QT_TRANSLATE_NOOP("habeas::DocumentFields", "The security offered, if any") },
};
// clang-format on

DocumentFieldSpec specOf(const SpecEntry &e)
{
    return DocumentFieldSpec { QString::fromUtf16(e.id), e.kind, QString::fromUtf16(e.label),
        QCoreApplication::translate(kContext, e.help), QString::fromUtf16(e.article) };
}

const SpecEntry *entryOf(const QString &templateId, const QString &fieldId)
{
    for (const SpecEntry &e : kSpecs)
        if (templateId == QStringView(e.templateId) && fieldId == QStringView(e.id))
            return &e;
    return nullptr;
}

const QString kPrefix = u"fields."_s;

} // namespace

QList<DocumentFieldSpec> documentFieldSpecs(const QString &templateId)
{
    QList<DocumentFieldSpec> out;
    for (const SpecEntry &e : kSpecs)
        if (templateId == QStringView(e.templateId))
            out.append(specOf(e));
    return out;
}

std::optional<DocumentFieldSpec> documentFieldSpec(
    const QString &templateId, const QString &fieldId)
{
    if (const SpecEntry *e = entryOf(templateId, fieldId))
        return specOf(*e);
    return std::nullopt;
}

bool isKnownDocumentField(const QString &fieldId)
{
    for (const SpecEntry &e : kSpecs)
        if (fieldId == QStringView(e.id))
            return true;
    return false;
}

QString documentFieldOf(const QString &required)
{
    if (!required.startsWith(kPrefix))
        return {};
    const QString id = required.mid(kPrefix.size());
    return isKnownDocumentField(id) ? id : QString();
}

namespace {

// The items an article reference has ("PIPL 47(1)" → its paragraph's items), or an error.
Result<QList<Item>> articleItems(const QString &reference)
{
    const CitationParseResult parsed = parseCitation(reference, bundledStatutes());
    const Instrument *instrument =
        parsed.isValid() ? bundledStatutes().instrument(parsed.citation.instrumentId) : nullptr;
    const Article *article = instrument ? instrument->article(parsed.citation.article) : nullptr;
    const Paragraph *paragraph =
        article ? article->paragraph(std::max(parsed.citation.paragraph, 1)) : nullptr;
    if (!paragraph)
        return Error::input(QCoreApplication::translate(
            "habeas::DocumentFields", "The article %1 is not in the bundled statutes.")
                                .arg(reference));
    return paragraph->items;
}

QList<int> itemNumbers(const QString &value, bool *ok)
{
    QList<int> numbers;
    *ok = true;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        bool partOk = false;
        const int n = part.trimmed().toInt(&partOk);
        if (!partOk) {
            *ok = false;
            return {};
        }
        if (!numbers.contains(n))
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QStringList lines(const QString &value)
{
    QStringList out;
    for (const QString &line : value.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

} // namespace

QStringList documentFieldItems(const DocumentFieldSpec &spec)
{
    QStringList out;
    if (const auto items = articleItems(spec.article); items.ok())
        for (const Item &item : items.value())
            out.append(item.text);
    return out;
}

Status checkDocumentField(
    Library &library, qint64 caseId, const DocumentFieldSpec &spec, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    switch (spec.kind) {
    case FieldKind::Text:
    case FieldKind::Lines:
        return {};
    case FieldKind::Flag:
        if (v != u"yes"_s && v != u"no"_s)
            return Error::input(QCoreApplication::translate(
                "habeas::DocumentFields", "%1 is yes or no, not \"%2\".")
                                    .arg(spec.id, v));
        return {};
    case FieldKind::Days: {
        bool ok = false;
        const int days = v.toInt(&ok);
        if (!ok || days < 1 || days > 366)
            return Error::input(QCoreApplication::translate(
                "habeas::DocumentFields", "%1 is a number of days from 1 to 366, not \"%2\".")
                                    .arg(spec.id, v));
        return {};
    }
    case FieldKind::Items: {
        bool ok = false;
        const QList<int> numbers = itemNumbers(v, &ok);
        const auto items = articleItems(spec.article);
        if (!items.ok())
            return items.error();
        if (ok)
            for (int n : numbers)
                ok = ok && n >= 1 && n <= items->size();
        if (!ok || numbers.isEmpty())
            return Error::input(QCoreApplication::translate("habeas::DocumentFields",
                "%1 names items of %2 by number, 1 to %3, e.g. \"1,4\"; "
                "not \"%4\".")
                                    .arg(spec.id, spec.article)
                                    .arg(items->size())
                                    .arg(v));
        return {};
    }
    case FieldKind::Event: {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        const auto events = library.events().events(caseId);
        if (!events.ok())
            return events.error();
        for (const EventRecord &e : events.value())
            if (ok && e.id == id)
                return {};
        return Error::input(QCoreApplication::translate(
            "habeas::DocumentFields", "%1: case %2 has no event %3 on its chronology.")
                                .arg(spec.id)
                                .arg(caseId)
                                .arg(v));
    }
    }
    return {};
}

namespace {

bool conditionHolds(const SpecEntry &e, const QMap<QString, QString> &values)
{
    const QString when = QString::fromUtf16(e.requiredWhen);
    if (when.isEmpty())
        return false;
    const qsizetype eq = when.indexOf(u'=');
    const QString other = values.value(when.left(eq < 0 ? when.size() : eq)).trimmed();
    if (eq < 0)
        return !other.isEmpty();
    bool ok = false;
    return itemNumbers(other, &ok).contains(when.mid(eq + 1).toInt()) && ok;
}

// One field's value as the template prints it, or nothing (an unset optional field).
Result<QVariant> printedValue(
    Library &library, qint64 caseId, const SpecEntry &e, const QString &value)
{
    const QString v = value.trimmed();
    switch (e.kind) {
    case FieldKind::Text:
        return QVariant(escapeMarkup(v));
    case FieldKind::Flag:
        return QVariant(v == u"yes"_s);
    case FieldKind::Days:
        return QVariant(toChineseNumeral(v.toInt()) + u"日"_s);
    case FieldKind::Lines: {
        QVariantList list;
        const QStringList all = lines(v);
        for (qsizetype i = 0; i < all.size(); ++i)
            list.append(QVariantMap { { u"text"_s, escapeMarkup(all[i]) },
                { u"index"_s, int(i + 1) }, { u"last"_s, i + 1 == all.size() } });
        return QVariant(list);
    }
    case FieldKind::Items: {
        const CitationParseResult parsed =
            parseCitation(QString::fromUtf16(e.article), bundledStatutes());
        const auto items = articleItems(QString::fromUtf16(e.article));
        if (!items.ok())
            return items.error();
        bool ok = false;
        QVariantList list;
        for (int n : itemNumbers(v, &ok)) {
            if (n < 1 || n > items->size())
                continue;
            Citation c = parsed.citation;
            c.paragraph = std::max(c.paragraph, 1);
            c.item = n;
            list.append(QVariantMap { { u"number"_s, n },
                { u"text"_s, escapeMarkup(items->at(n - 1).text) },
                { u"citation"_s, formatCitation(c, bundledStatutes()) } });
        }
        return QVariant(list);
    }
    case FieldKind::Event: {
        const auto events = library.events().events(caseId);
        if (!events.ok())
            return events.error();
        for (const EventRecord &ev : events.value())
            if (ev.id == v.toLongLong()) {
                const QString date = eventDate(ev);
                return QVariant(
                    QVariantMap { { u"date"_s, date }, { u"text"_s, escapeMarkup(ev.text) },
                        { u"line"_s, QString(date + u"，"_s + escapeMarkup(ev.text)) } });
            }
        return QVariant(); // the event was removed: as if unset
    }
    }
    return QVariant();
}

QVariant gapValue(FieldKind kind, const QString &label)
{
    const QString gap = gapMarker(label);
    switch (kind) {
    case FieldKind::Lines:
    case FieldKind::Items:
        return QVariantList { QVariantMap {
            { u"text"_s, gap }, { u"citation"_s, gap }, { u"index"_s, 1 }, { u"last"_s, true } } };
    case FieldKind::Event:
        return QVariantMap { { u"date"_s, gap }, { u"text"_s, gap }, { u"line"_s, gap } };
    default:
        return gap;
    }
}

} // namespace

Result<DocumentFieldData> documentFieldData(
    Library &library, qint64 caseId, const TemplateInfo &info, const QStringList &caseKeys)
{
    DocumentFieldData out;
    const auto values = DocumentFieldStore(library).fields(caseId, info.id);
    if (!values.ok())
        return values.error();
    QVariantMap fields;
    for (const SpecEntry &e : kSpecs) {
        if (info.id != QStringView(e.templateId))
            continue;
        const QString id = QString::fromUtf16(e.id);
        const QString label = QString::fromUtf16(e.label);
        const bool required =
            (info.requiredFields.contains(kPrefix + id) || conditionHolds(e, values.value()))
            && !caseKeys.contains(QString::fromUtf16(e.orCaseKey));
        QVariant printed;
        if (!values->value(id).trimmed().isEmpty()) {
            auto p = printedValue(library, caseId, e, values->value(id));
            if (!p.ok())
                return p.error();
            printed = p.value();
        }
        const bool empty = !printed.isValid()
            || (printed.typeId() == QMetaType::QVariantList && printed.toList().isEmpty());
        if (empty && required) {
            out.missing.append(label);
            printed = gapValue(e.kind, label);
        }
        if (printed.isValid())
            fields.insert(id, printed);
    }
    out.data.insert(u"fields"_s, fields);
    return out;
}

} // namespace habeas
