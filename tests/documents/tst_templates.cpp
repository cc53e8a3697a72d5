#include "cases/casestore.h"
#include "cases/documentfieldstore.h"
#include "cases/eventstore.h"
#include "cases/publicintereststore.h"
#include "cases/requeststore.h"
#include "deadlines/deadlinestore.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "filingcontext.h"
#include "law/claimstore.h"
#include "markup.h"
#include "templateengine.h"
#include "templateregistry.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

namespace {

// The same join as doc::Document::plainText() (documents/docmodel.cpp, built elsewhere):
// blocks separated by newlines, list items and table rows on lines of their own.
QString runsText(const QList<doc::Run> &runs)
{
    QString text;
    for (const doc::Run &r : runs)
        text += r.text;
    return text;
}

QString plainText(const doc::Document &document)
{
    QStringList lines;
    for (const doc::Block &block : document.blocks) {
        if (const auto *p = std::get_if<doc::Paragraph>(&block)) {
            lines.append(p->text());
        } else if (const auto *list = std::get_if<doc::List>(&block)) {
            for (const auto &item : list->items)
                lines.append(runsText(item));
        } else if (const auto *table = std::get_if<doc::Table>(&block)) {
            for (const auto &row : table->rows) {
                QStringList cells;
                for (const doc::Cell &cell : row)
                    cells.append(runsText(cell.runs));
                lines.append(cells.join(u'\t'));
            }
        }
    }
    return lines.join(u'\n');
}

QList<doc::Run> allRuns(const doc::Document &document)
{
    QList<doc::Run> runs;
    for (const doc::Block &block : document.blocks) {
        if (const auto *p = std::get_if<doc::Paragraph>(&block))
            runs += p->runs;
        else if (const auto *list = std::get_if<doc::List>(&block))
            for (const auto &item : list->items)
                runs += item;
        else if (const auto *table = std::get_if<doc::Table>(&block))
            for (const auto &row : table->rows)
                for (const doc::Cell &cell : row)
                    runs += cell.runs;
    }
    return runs;
}

template<typename T> QList<const T *> blocksOf(const doc::Document &document)
{
    QList<const T *> out;
    for (const doc::Block &block : document.blocks)
        if (const auto *b = std::get_if<T>(&block))
            out.append(b);
    return out;
}

// QVERIFY2 evaluates its message even on success: never touch error() of a good result.
template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

const QString kForcedStatement =
    u"被告App首次登录时将职业、学习阶段等信息设为必填，未提供跳过或者拒绝的选项"_s;
const QString kPhoneStatement = u"涉案手机号码以原告的身份证件实名登记，能够识别原告"_s;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TstTemplates final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }

    void markupParsesEachConstruct();
    void markupKeepsUserTextLiteral();
    void everyShippedTemplateIsListedAndValid();
    void complaintCarriesWhatCplArticle124Requires();
    void missingAddressRefusesAndNamesTheField();
    void draftMarksTheGapAndWatermarks();
    void evidenceListTabulatesTheExhibits();
    void libraryTemplateOverridesTheBuiltIn();
    void brokenTemplatesNameTheFileAndLine();
    void copyToLibraryGivesAnEditableCopy();
    void everyShippedTemplateRendersForTheDemoCase();
    void quotedArticlesAreTheStatuteText();
    void factDatesFollowTheirPrecision();
    void complaintUsesTheCasesOwnWording();
    void lettersAndNoticesStateWhenTheirPeriodEnds();
    void conductOf2019IsPleadedUnderTheLawOf2019();
    void defendantsElementsAreNeverThePlaintiffsCase();
    void noCatalogueNoteIsPrintedAsAFact();
    void privacyIsPleadedUnderItsOwnHeading();

private:
    // The demo case plus what it still lacks: two claims with proof and three exhibits.
    void addClaimsAndEvidence();
    qint64 exhibit(const QString &title, int group, const QString &purpose);
    Library &lib() { return *m_lib->library; }

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    qint64 m_case = 0;
    qint64 m_firstExhibit = 0;
};

void TstTemplates::init()
{
    m_lib = std::make_unique<TempLibrary>();
    QVERIFY(m_lib->library);
    auto demo = addDemoCase(lib());
    QVERIFY(demo.ok());
    m_case = demo.value();
}

qint64 TstTemplates::exhibit(const QString &title, int group, const QString &purpose)
{
    const QString path = m_files.filePath(title + u".txt"_s);
    writeFile(path, title.toUtf8());
    EvidenceRecord meta;
    meta.title = title;
    meta.group = group;
    meta.purpose = purpose;
    meta.source = u"英语学习App 3.2.1（Android）"_s;
    const ImportOutcome outcome = lib().evidence().importFile(m_case, path, meta);
    if (outcome.kind != ImportOutcome::Kind::Imported)
        qWarning("import failed: %s", qPrintable(outcome.message));
    return outcome.id;
}

void TstTemplates::addClaimsAndEvidence()
{
    m_firstExhibit = exhibit(u"首次登录页面录屏"_s, 1, u"证明App强制收集个人信息"_s);
    exhibit(u"隐私政策截图"_s, 1, {});
    const qint64 sms = exhibit(u"营销短信截图"_s, 2, {});
    ClaimStore &claims = lib().claims();
    const auto forcedId = claims.addClaim(m_case, u"forced-collection"_s);
    QVERIFY2(forcedId.ok(), why(forcedId).constData());
    const qint64 forced = forcedId.value();
    // The lawyer's statements: a filing never prints the catalogue's notes in their place.
    QVERIFY(claims.setStatus(forced, u"2"_s, ElementStatus::Proven, kForcedStatement).ok());
    QVERIFY(claims.cite(forced, u"2"_s, m_firstExhibit).ok());
    const qint64 marketing = claims.addClaim(m_case, u"marketing-intrusion"_s).value();
    QVERIFY(claims.setStatus(marketing, u"1"_s, ElementStatus::Supported, kPhoneStatement).ok());
    QVERIFY(claims.cite(marketing, u"1"_s, sms).ok());
    // What a lawyer does before filing: the catalogue's fill-ins made the case's own.
    QVERIFY(claims
                .setRequests(m_case,
                    { u"判令被告停止收集、使用原告的职业、学习阶段、学习目的等非必要个人信息"_s,
                        u"判令被告停止向原告手机号码（尾号8000）发送商业性短信、拨打营销电话"_s })
                .ok());
    // And how the 律师函 demands each of them, in the lawyer's words.
    RequestStore requests(lib());
    QVERIFY(requests
                .setDemand(
                    m_case, 1, u"停止收集、使用委托人的职业、学习阶段、学习目的等非必要个人信息"_s)
                .ok());
    QVERIFY(requests
                .setDemand(
                    m_case, 2, u"停止向委托人的手机号码（尾号8000）发送商业性短信、拨打营销电话"_s)
                .ok());
}

void TstTemplates::markupParsesEachConstruct()
{
    const doc::Document d = parseMarkup(u"# 民事起诉状\n"
                                        "## （个人信息保护纠纷）\n"
                                        "### 一、基本事实\n"
                                        "#### （一）强制收集\n"
                                        "正文**加粗**结束\n"
                                        "> 此致\n"
                                        ">> 具状人：罗某\n"
                                        "~\n"
                                        "1. 第一项；\n"
                                        "2. 第二项。\n"
                                        "\n"
                                        "| 序号 | 名称 |\n"
                                        "|--|------|\n"
                                        "| 1 | 录屏 |\n"
                                        "| 2 |\n"
                                        "---page---\n"
                                        "住所地⟦缺：被告的住所⟧。\n"_s);
    QCOMPARE(d.title, u"民事起诉状"_s);
    QCOMPARE(d.blocks.size(), 11);
    const auto paragraphs = blocksOf<doc::Paragraph>(d);
    QCOMPARE(paragraphs.size(), 8);
    QCOMPARE(paragraphs[0]->style, doc::Style::Title);
    QCOMPARE(paragraphs[0]->align, doc::Align::Center);
    QCOMPARE(paragraphs[1]->style, doc::Style::Subtitle);
    QCOMPARE(paragraphs[2]->style, doc::Style::Heading1);
    QCOMPARE(paragraphs[2]->text(), u"一、基本事实"_s);
    QCOMPARE(paragraphs[3]->style, doc::Style::Heading2);
    QCOMPARE(paragraphs[4]->style, doc::Style::Body);
    QCOMPARE(paragraphs[4]->runs.size(), 3);
    QVERIFY(!paragraphs[4]->runs[0].bold);
    QVERIFY(paragraphs[4]->runs[1].bold);
    QCOMPARE(paragraphs[4]->runs[1].text, u"加粗"_s);
    QCOMPARE(paragraphs[5]->style, doc::Style::Plain);
    QCOMPARE(paragraphs[5]->align, doc::Align::Left);
    QCOMPARE(paragraphs[6]->align, doc::Align::Right);
    QCOMPARE(paragraphs[6]->text(), u"具状人：罗某"_s);

    const auto lists = blocksOf<doc::List>(d);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists[0]->items.size(), 2);
    QCOMPARE(runsText(lists[0]->items[1]), u"第二项。"_s);

    const auto tables = blocksOf<doc::Table>(d);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables[0]->headerRows, 1);
    QCOMPARE(tables[0]->columnWidths, (QList<int> { 2, 6 }));
    QCOMPARE(tables[0]->rows.size(), 3);
    QCOMPARE(tables[0]->rows[2].size(), 2); // the short row is padded
    QCOMPARE(runsText(tables[0]->rows[1][1].runs), u"录屏"_s);

    QVERIFY(std::holds_alternative<doc::PageBreak>(d.blocks[9]));
    const auto *gapLine = std::get_if<doc::Paragraph>(&d.blocks[10]);
    QVERIFY(gapLine);
    QCOMPARE(gapLine->runs.size(), 3);
    QVERIFY(gapLine->runs[1].gap);
    QCOMPARE(gapLine->runs[1].text, u"缺：被告的住所"_s);
    QVERIFY(!gapLine->runs[2].gap);
}

void TstTemplates::markupKeepsUserTextLiteral()
{
    const QString name = u"# A|B **公司** ⟦x⟧ \\"_s;
    const QString escaped = escapeMarkup(name);
    doc::Document d = parseMarkup(u"| "_s + escaped + u" | 2 |\n"_s + escaped + u"\n> 1. "_s
        + escapeMarkup(u"2. 不是列表"_s));
    const auto tables = blocksOf<doc::Table>(d);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables[0]->rows[0].size(), 2); // the | in the name did not split the cell
    QCOMPARE(runsText(tables[0]->rows[0][0].runs), name);
    const auto paragraphs = blocksOf<doc::Paragraph>(d);
    QCOMPARE(paragraphs.size(), 2);
    QCOMPARE(paragraphs[0]->style, doc::Style::Body); // not a title
    QCOMPARE(paragraphs[0]->text(), name);
    for (const doc::Run &r : paragraphs[0]->runs) {
        QVERIFY(!r.bold);
        QVERIFY(!r.gap);
    }
    QCOMPARE(paragraphs[1]->text(), u"1. 2. 不是列表"_s);
    // A line break in user text cannot start a new block.
    QCOMPARE(parseMarkup(escapeMarkup(u"甲\n# 乙"_s)).blocks.size(), 1);
}

void TstTemplates::everyShippedTemplateIsListedAndValid()
{
    const TemplateRegistry registry;
    QStringList ids;
    for (const TemplateInfo &t : registry.list()) {
        QVERIFY2(t.isValid(), qPrintable(t.error));
        QVERIFY(t.builtIn);
        QVERIFY(!t.name.isEmpty());
        ids.append(t.id);
    }
    QCOMPARE(ids,
        (QStringList { u"access-request"_s, u"civil-complaint"_s, u"deletion-request"_s,
            u"document-production"_s, u"evidence-bundle"_s, u"evidence-investigation"_s,
            u"evidence-list"_s, u"evidence-preservation"_s, u"lawyer-letter"_s,
            u"personality-injunction"_s, u"power-of-attorney"_s, u"pre-suit-notice"_s,
            u"public-interest-complaint"_s }));
    const TemplateInfo *complaint = registry.find(u"civil-complaint"_s);
    QVERIFY(complaint);
    QCOMPARE(complaint->name, u"民事起诉状"_s);
    QCOMPARE(complaint->kind, u"court-filing"_s);
    QVERIFY(complaint->requiredFields.contains(u"defendants.address"_s));
    QVERIFY(!registry.find(u"no-such-template"_s));
}

void TstTemplates::complaintCarriesWhatCplArticle124Requires()
{
    addClaimsAndEvidence();
    const TemplateRegistry registry;
    auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    QVERIFY(document->watermark.isEmpty());
    QCOMPARE(document->title, u"民事起诉状"_s);
    const QString text = plainText(document.value());
    if (qEnvironmentVariableIsSet("HABEAS_DUMP"))
        qInfo().noquote() << text;
    const QStringList expected {
        // Party blocks in docs/filings.md §0.1 order and wording.
        u"原告：罗某，男，1990年3月7日生，汉族，北京某某咨询有限公司公司职员，"
        u"住北京市朝阳区某某路1号院2号楼301室，公民身份号码：110105199003071239。"
        u"联系方式：13800138000。"_s,
        u"委托诉讼代理人：王某，北京市某某律师事务所律师，联系方式：13900139000。"_s,
        u"被告：北京某某教育科技有限公司，住所地北京市海淀区某某街10号5层501，"
        u"统一社会信用代码：91110108MA01XQ7B24。"_s,
        u"法定代表人：张某，执行董事，联系方式：010-62345678。"_s,
        u"案由：个人信息保护纠纷"_s,
        // Claims: the theories' wording, the damages in figures and capitals, costs last.
        u"判令被告停止收集、使用原告的职业、学习阶段、学习目的等非必要个人信息；"_s,
        u"判令被告停止向原告手机号码（尾号8000）发送商业性短信、拨打营销电话；"_s,
        u"判令被告赔偿原告为制止侵权行为所支付的合理开支人民币2,900元（大写：人民币贰仟玖佰元整）"_s,
        u"判令被告赔偿原告精神损害抚慰金人民币5,000元（大写：人民币伍仟元整）"_s,
        u"本案诉讼费用由被告负担。"_s,
        // Facts from the chronology, reasons from the proven and supported elements.
        u"2021年1月20日，原告首次登录被告App"_s,
        u"2021年1月，被告根据原告填写的信息生成"_s,
        // Each point is the lawyer's statement and cites the law in force at the time of its
        // facts (January 2021: the Civil Code, not yet the PIPL) in court form, each
        // instrument named once.
        kForcedStatement
            + u"（依据：《中华人民共和国民法典》第一千零三十五条第一款、"
              u"《中华人民共和国网络安全法》第四十一条第一款、第四十一条第二款、"
              u"《中华人民共和国消费者权益保护法》第二十九条第一款；证据：证据1-1）。"_s,
        kPhoneStatement
            + u"（依据：《中华人民共和国民法典》第一千零三十四条第二款、"
              u"《中华人民共和国网络安全法》第七十六条第（五）项；证据：证据2-1）。"_s,
        u"被告的上述行为发生于2021年1月，彼时《中华人民共和国个人信息保护法》"
        u"（2021年11月1日起施行）尚未施行，故适用行为时有效的《中华人民共和国民法典》、"
        u"《中华人民共和国网络安全法》、《中华人民共和国消费者权益保护法》。"_s,
        u"证据1-1"_s,
        u"首次登录页面录屏"_s,
        u"此致"_s,
        u"北京互联网法院"_s,
        u"本起诉状副本1份"_s,
        u"具状人：罗某"_s,
        u"2026年3月1日"_s,
    };
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(u"missing: "_s + piece + u"\n\n"_s + text));
    // The costs are the last claim, and 此致 comes before the court, the signer after both.
    QVERIFY(text.indexOf(u"此致"_s) < text.lastIndexOf(u"北京互联网法院"_s));
    QVERIFY(text.lastIndexOf(u"北京互联网法院"_s) < text.indexOf(u"具状人"_s));
    const auto lists = blocksOf<doc::List>(document.value());
    QVERIFY(!lists.isEmpty());
    QCOMPARE(runsText(lists.first()->items.last()), u"本案诉讼费用由被告负担。"_s);
    for (const doc::Run &r : allRuns(document.value()))
        QVERIFY(!r.gap);
}

void TstTemplates::missingAddressRefusesAndNamesTheField()
{
    addClaimsAndEvidence();
    for (PartyRecord p : lib().cases().parties(m_case).value()) {
        if (p.role == PartyRole::Defendant) {
            p.address.clear();
            QVERIFY(lib().cases().updateParty(p).ok());
        }
    }
    const TemplateRegistry registry;
    const auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY(!document.ok());
    QCOMPARE(document.error().kind, Error::Kind::Input);
    QVERIFY2(document.error().message.contains(u"被告北京某某教育科技有限公司的住所"_s),
        why(document).constData());
    const auto missing = missingFields(lib(), m_case, u"civil-complaint"_s, registry);
    QVERIFY(missing.ok());
    QCOMPARE(missing.value(), QStringList { u"被告北京某某教育科技有限公司的住所"_s });

    // Every missing field is listed, not only the first.
    CaseRecord c = lib().cases().caseById(m_case).value();
    c.court.clear();
    QVERIFY(lib().cases().updateCase(c).ok());
    const auto both = missingFields(lib(), m_case, u"civil-complaint"_s, registry);
    QCOMPARE(
        both.value(), (QStringList { u"被告北京某某教育科技有限公司的住所"_s, u"受诉法院"_s }));
    const auto refused = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY(refused.error().message.contains(u"受诉法院"_s));
}

void TstTemplates::draftMarksTheGapAndWatermarks()
{
    for (PartyRecord p : lib().cases().parties(m_case).value()) {
        if (p.role == PartyRole::Defendant) {
            p.address.clear();
            QVERIFY(lib().cases().updateParty(p).ok());
        }
    }
    const TemplateRegistry registry;
    // The demo case has no claims or evidence yet: a draft shows those gaps too.
    const auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, true);
    QVERIFY2(document.ok(), why(document).constData());
    QCOMPARE(document->watermark, u"草稿"_s);
    QStringList gaps;
    for (const doc::Run &r : allRuns(document.value()))
        if (r.gap)
            gaps.append(r.text);
    QVERIFY2(
        gaps.contains(u"缺：被告北京某某教育科技有限公司的住所"_s), qPrintable(gaps.join(u' ')));
    QVERIFY(gaps.contains(u"缺：证据"_s));
    QVERIFY(!gaps.contains(u"缺：诉讼请求"_s)); // the demo's damages make claims of their own
    // The gap sits where the address belongs, in the defendant's paragraph.
    QVERIFY(
        plainText(document.value())
            .contains(
                u"被告：北京某某教育科技有限公司，住所地缺：被告北京某某教育科技有限公司的住所，"_s));
}

void TstTemplates::evidenceListTabulatesTheExhibits()
{
    addClaimsAndEvidence();
    const TemplateRegistry registry;
    FilingOptions options;
    options.exhibitPages.insert(m_firstExhibit, u"3-5"_s);
    const auto document = buildDocument(lib(), m_case, u"evidence-list"_s, registry, options);
    QVERIFY2(document.ok(), why(document).constData());
    const QString text = plainText(document.value());
    QVERIFY(text.contains(u"（原告罗某诉被告北京某某教育科技有限公司个人信息保护纠纷一案）"_s));
    QVERIFY(text.contains(u"第一组"_s));
    QVERIFY(text.indexOf(u"第一组"_s) < text.indexOf(u"第二组"_s));
    const auto tables = blocksOf<doc::Table>(document.value());
    QCOMPARE(tables.size(), 2); // one per group
    QStringList header;
    for (const doc::Cell &cell : tables[0]->rows[0])
        header.append(runsText(cell.runs));
    QCOMPARE(header,
        (QStringList { u"序号"_s, u"证据名称"_s, u"证据来源"_s, u"证明目的"_s, u"页码"_s }));
    QCOMPARE(tables[0]->rows.size(), 3);
    QStringList first;
    for (const doc::Cell &cell : tables[0]->rows[1])
        first.append(runsText(cell.runs));
    QCOMPARE(first,
        (QStringList { u"证据1-1"_s, u"首次登录页面录屏"_s, u"英语学习App 3.2.1（Android）"_s,
            u"证明App强制收集个人信息"_s, u"3-5"_s }));
    // No purpose entered: the lawyer's statement of the element it is cited for, never the
    // catalogue's note to the lawyer.
    QCOMPARE(runsText(tables[1]->rows[1][3].runs), kPhoneStatement);
    QVERIFY(text.contains(u"提交人：罗某"_s));
    QVERIFY(text.contains(u"提交日期：2026年3月1日"_s));
}

void TstTemplates::libraryTemplateOverridesTheBuiltIn()
{
    addClaimsAndEvidence();
    writeFile(TemplateRegistry::libraryTemplatesDir(m_lib->path()) + u"/civil-complaint.mustache"_s,
        "{{!\nid: civil-complaint\nname: 民事起诉状（本所格式）\nkind: court-filing\n"
        "requires: defendants.address\n}}\n# 本所起诉状\n> {{{defendantNames}}}\n");
    writeFile(TemplateRegistry::libraryTemplatesDir(m_lib->path()) + u"/cover.mustache"_s,
        "{{!\nid: cover\nname: 封面\nkind: court-filing\nrequires:\n}}\n# {{{case.title}}}\n");
    const TemplateRegistry registry(m_lib->path());
    const TemplateInfo *complaint = registry.find(u"civil-complaint"_s);
    QVERIFY(complaint);
    QVERIFY(!complaint->builtIn);
    QCOMPARE(complaint->name, u"民事起诉状（本所格式）"_s);
    QCOMPARE(registry.list().size(), 14); // the new id is added, the override replaces
    const auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    QCOMPARE(plainText(document.value()), u"本所起诉状\n北京某某教育科技有限公司"_s);
    const auto cover = buildDocument(lib(), m_case, u"cover"_s, registry, false);
    QVERIFY(cover.ok());
    QCOMPARE(cover->title, u"罗某诉北京某某教育科技有限公司个人信息保护纠纷案"_s);
    // A registry without the library still has the built-in.
    QCOMPARE(TemplateRegistry().find(u"civil-complaint"_s)->name, u"民事起诉状"_s);
}

void TstTemplates::brokenTemplatesNameTheFileAndLine()
{
    const QString dir = TemplateRegistry::libraryTemplatesDir(m_lib->path());
    writeFile(dir + u"/civil-complaint.mustache"_s,
        "{{!\nid: civil-complaint\nname: 坏模板\nkind: court-filing\nrequires: claims\n}}\n"
        "# 标题\n{{#claims}}\n1. {{{text}}}\n");
    writeFile(dir + u"/headless.mustache"_s, "# 没有文件头\n");
    writeFile(dir + u"/unknown-field.mustache"_s,
        "{{!\nid: unknown-field\nname: x\nkind: letter\nrequires: defendants.shoeSize\n}}\n");
    const TemplateRegistry registry(m_lib->path());

    const TemplateInfo *broken = registry.find(u"civil-complaint"_s);
    QVERIFY(broken);
    QVERIFY(!broken->isValid()); // kept, not silently replaced by the built-in
    QVERIFY2(broken->error.contains(u"civil-complaint.mustache"_s), qPrintable(broken->error));
    QVERIFY2(broken->error.contains(u"line 8"_s), qPrintable(broken->error));
    const auto refused = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, true);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"civil-complaint.mustache"_s));

    const TemplateInfo *headless = registry.find(u"headless"_s);
    QVERIFY(headless && !headless->isValid());
    QVERIFY2(headless->error.contains(u"headless.mustache, line 1"_s), qPrintable(headless->error));
    const TemplateInfo *unknown = registry.find(u"unknown-field"_s);
    QVERIFY(unknown && !unknown->isValid());
    QVERIFY2(unknown->error.contains(u"line 5"_s) && unknown->error.contains(u"shoeSize"_s),
        qPrintable(unknown->error));

    // The engine's own report, as an unclosed tag.
    const TemplateSyntaxError syntax = checkTemplateSyntax(u"一\n二\n{{{name}\n"_s);
    QCOMPARE(syntax.line, 3);
    QVERIFY(!syntax.detail.isEmpty());
}

void TstTemplates::copyToLibraryGivesAnEditableCopy()
{
    const TemplateRegistry builtIns;
    const auto copied = builtIns.copyToLibrary(u"lawyer-letter"_s, m_lib->path());
    QVERIFY2(copied.ok(), why(copied).constData());
    QFile file(copied.value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), builtIns.find(u"lawyer-letter"_s)->text);
    const TemplateRegistry withLibrary(m_lib->path());
    QVERIFY(!withLibrary.find(u"lawyer-letter"_s)->builtIn);
    QVERIFY(withLibrary.find(u"lawyer-letter"_s)->isValid());
    // A second copy would overwrite the user's edits: refused.
    const auto again = builtIns.copyToLibrary(u"lawyer-letter"_s, m_lib->path());
    QVERIFY(!again.ok());
    QVERIFY(!builtIns.copyToLibrary(u"no-such"_s, m_lib->path()).ok());
}

void TstTemplates::everyShippedTemplateRendersForTheDemoCase()
{
    addClaimsAndEvidence();
    // The demo case is private; a procuratorate joins it so the public-interest forms have a
    // plaintiff of their own.
    PartyRecord procuratorate;
    procuratorate.caseId = m_case;
    procuratorate.role = PartyRole::PublicInterestPlaintiff;
    procuratorate.type = PartyType::Organisation;
    procuratorate.name = u"北京市人民检察院第四分院"_s;
    procuratorate.address = u"北京市丰台区某某路1号"_s;
    procuratorate.legalRep = u"李某"_s;
    procuratorate.legalRepTitle = u"检察长"_s;
    QVERIFY(lib().cases().addParty(procuratorate).ok());

    const TemplateRegistry registry;
    for (const TemplateInfo &t : registry.list()) {
        // A procuratorate's own forms need a public-interest case (tst_publicinterest): for this
        // private one they name what is missing.
        if (t.text.contains(u"{{{pi.scale}}}"_s)) {
            const auto missing = missingFields(lib(), m_case, t.id, registry);
            QVERIFY(missing.ok());
            QVERIFY2(
                missing->contains(u"公益诉讼的案件类型（民事公益诉讼或刑事附带民事公益诉讼）"_s),
                qPrintable(t.id));
            continue;
        }
        const auto missing = missingFields(lib(), m_case, t.id, registry);
        QVERIFY(missing.ok());
        QVERIFY2(missing->isEmpty(), qPrintable(t.id + u": "_s + missing->join(u"、"_s)));
        const auto document = buildDocument(lib(), m_case, t.id, registry, false);
        QVERIFY2(document.ok(), qPrintable(t.id + u": "_s + QString::fromUtf8(why(document))));
        const QString text = plainText(document.value());
        if (qEnvironmentVariableIsSet("HABEAS_DUMP")) // to read the filings while editing them
            qInfo().noquote() << text;
        QVERIFY2(!document->title.isEmpty(), qPrintable(t.id));
        QVERIFY2(text.contains(u"2026年3月1日"_s), qPrintable(t.id)); // every filing is dated
        QVERIFY2(text.contains(u"北京某某教育科技有限公司"_s), qPrintable(t.id));
        // No template tag or markup survives into the text.
        for (const QString &leak : { u"{{"_s, u"}}"_s, u"**"_s, u"⟦"_s, u"|"_s })
            QVERIFY2(!text.contains(leak), qPrintable(t.id + u" leaks "_s + leak + u"\n"_s + text));
    }
    const QString poa =
        plainText(buildDocument(lib(), m_case, u"power-of-attorney"_s, registry, false).value());
    QVERIFY(poa.contains(u"委托人：罗某，男，1990年3月7日生"_s));
    QVERIFY(poa.contains(u"受委托人：王某，北京市某某律师事务所律师"_s));
    // The special powers the demo's client granted, one by one, and no others (CPL 62).
    QVERIFY2(
        poa.contains(u"特别授权，即代为起诉、提交证据、参加庭审、进行辩论、签收法律文书，以及："
                     "代为变更诉讼请求；进行和解；提起上诉。"_s),
        qPrintable(poa));
    QVERIFY(!poa.contains(u"代为承认"_s));
    const QString letter =
        plainText(buildDocument(lib(), m_case, u"lawyer-letter"_s, registry, false).value());
    QVERIFY(letter.contains(u"北京市某某律师事务所（以下简称“本所”）接受罗某"_s));
    const QString letterDemands = letter.mid(letter.indexOf(u"委托人的要求"_s));
    QVERIFY(
        letterDemands.contains(u"停止收集、使用委托人的"_s)); // a letter demands, it does not 判令
    QVERIFY(!letterDemands.contains(u"判令"_s));

    // A procuratorate's suit pays no court fee (SPPR 107), so it claims none.
    CaseRecord c = lib().cases().caseById(m_case).value();
    c.kind = CaseKind::PublicInterest;
    c.procuratorateNumber = u"京四分检民公诉〔2026〕1号"_s;
    QVERIFY(lib().cases().updateCase(c).ok());
    const auto publicDocument =
        buildDocument(lib(), m_case, u"public-interest-complaint"_s, registry, true);
    QVERIFY2(publicDocument.ok(), why(publicDocument).constData());
    const QString publicSuit = plainText(publicDocument.value());
    QVERIFY(!publicSuit.contains(u"诉讼费用"_s));
    QVERIFY(publicSuit.contains(u"公益诉讼起诉人：北京市人民检察院第四分院"_s));
    // Quoted after its citation, without repeating 第一百一十一条; the demo's conduct (January
    // 2021) predates the PIPL, so its Art. 70 is not cited.
    QVERIFY2(publicSuit.contains(
                 u"《中华人民共和国民法典》第一百一十一条规定：“自然人的个人信息受法律保护。"_s),
        qPrintable(publicSuit));
    QVERIFY(!publicSuit.contains(u"个人信息保护法》第七十条"_s));
    QVERIFY(!publicSuit.contains(u"原告：罗某"_s)); // the procuratorate sues, not the individual
    QVERIFY(publicSuit.contains(u"北京市人民检察院第四分院（院印）"_s));
    const auto evidenceList = buildDocument(lib(), m_case, u"evidence-list"_s, registry, false);
    QVERIFY2(evidenceList.ok(), why(evidenceList).constData());
    const QString list = plainText(evidenceList.value());
    QVERIFY(list.contains(u"公益诉讼起诉人北京市人民检察院第四分院诉被告"_s));
    QVERIFY(list.contains(u"文号：京四分检民公诉〔2026〕1号"_s));
}

void TstTemplates::quotedArticlesAreTheStatuteText()
{
    const TemplateRegistry registry;
    const auto document = buildDocument(lib(), m_case, u"deletion-request"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    const QString text = plainText(document.value());
    QVERIFY(text.contains(u"《中华人民共和国个人信息保护法》第四十七条"_s));
    // The statute's own sentence, from resources/statutes, not retyped.
    QVERIFY2(text.contains(u"个人信息处理者应当主动删除个人信息"_s), qPrintable(text));
    // The demo's ground is unlawful processing: consent was never given, none is withdrawn.
    QVERIFY(text.contains(
        u"第四十七条第一款第（四）项：“（四）个人信息处理者违反法律、行政法规或者违反"_s));
    QVERIFY(!text.contains(u"撤回"_s));

    const QString dir = TemplateRegistry::libraryTemplatesDir(m_lib->path());
    writeFile(dir + u"/quote.mustache"_s,
        "{{!\nid: quote\nname: q\nkind: letter\narticles: PIPL "
        "999\n}}\n{{{articles.PIPL_999.text}}}\n");
    const auto refused =
        buildDocument(lib(), m_case, u"quote"_s, TemplateRegistry(m_lib->path()), true);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"PIPL 999"_s));
}

void TstTemplates::factDatesFollowTheirPrecision()
{
    for (const auto &[date, precision, text] :
        { std::tuple { u"2019"_s, DatePrecision::Year, u"注册账户"_s },
            std::tuple { u"2020-06"_s, DatePrecision::Approximate, u"开始接收短信"_s } }) {
        EventRecord e;
        e.caseId = m_case;
        e.date = date;
        e.precision = precision;
        e.text = text;
        QVERIFY(lib().events().addEvent(e).ok());
    }
    const TemplateRegistry registry;
    const QString text =
        plainText(buildDocument(lib(), m_case, u"civil-complaint"_s, registry, true).value());
    QVERIFY(text.contains(u"2019年，注册账户"_s));
    QVERIFY(text.contains(u"约2020年6月，开始接收短信"_s));
    QVERIFY(text.contains(u"2021年1月22日"_s) || text.contains(u"2021年1月20日，"_s));
}

void TstTemplates::complaintUsesTheCasesOwnWording()
{
    addClaimsAndEvidence();
    const TemplateRegistry registry;
    // Numbers and closing marks the user typed are the complaint's to add, not the text's.
    QVERIFY(lib()
                .claims()
                .setRequests(m_case,
                    { u"1. 判令被告向原告提供其处理的原告个人信息副本；"_s, u"  "_s,
                        u"（2）判令被告向原告书面赔礼道歉。"_s })
                .ok());
    QCOMPARE(lib().claims().requests(m_case).value(),
        QStringList(
            { u"判令被告向原告提供其处理的原告个人信息副本"_s, u"判令被告向原告书面赔礼道歉"_s }));
    // The lawyer's statement of an element replaces the catalogue's wording in the reasons.
    const ClaimRecord claim = lib().claims().claims(m_case).value().first();
    const ClaimElement element = claim.elements.at(1);
    QVERIFY(lib()
                .claims()
                .setStatus(claim.id, element.id, ElementStatus::Proven,
                    u"页面仅有“下一步”按钮，原告不填写即无法使用服务"_s)
                .ok());
    const auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    const QString text = plainText(document.value());
    QVERIFY(text.contains(u"判令被告向原告提供其处理的原告个人信息副本；"_s));
    QVERIFY(text.contains(u"判令被告向原告书面赔礼道歉；"_s));
    QVERIFY(!text.contains(u"〔…〕"_s)); // the catalogue's fill-ins are gone
    QVERIFY(text.contains(u"人民币贰仟玖佰元整"_s)); // money still comes from the worksheet
    QVERIFY(text.contains(u"本案诉讼费用由被告负担"_s));
    QVERIFY(text.contains(u"页面仅有“下一步”按钮，原告不填写即无法使用服务"_s));
    // Cleared: back to the theories' wording, whose fill-ins a filed complaint cannot keep.
    QVERIFY(lib().claims().setRequests(m_case, {}).ok());
    QVERIFY(lib().claims().requests(m_case).value().isEmpty());
    const auto refused = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"诉讼请求的具体表述"_s),
        qPrintable(refused.error().message));
    const auto draft = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, true);
    QVERIFY2(draft.ok(), why(draft).constData());
    QCOMPARE(draft->watermark, u"草稿"_s);
}

void TstTemplates::lettersAndNoticesStateWhenTheirPeriodEnds()
{
    const TemplateRegistry registry;
    const auto render = [&](const QString &id) {
        const auto document = buildDocument(lib(), m_case, id, registry, false);
        return document.ok() ? plainText(document.value()) : QString::fromUtf8(why(document));
    };
    // The demo's lawyer chose fifteen days (no law sets a period): no day is stated.
    QVERIFY(render(u"access-request"_s).contains(u"在收到本函之日起十五日内答复"_s));
    // Without that choice and without a deadline, no letter invents a period.
    DocumentFieldStore fields(lib());
    for (const QString &letter : { u"access-request"_s, u"deletion-request"_s, u"lawyer-letter"_s })
        QVERIFY(fields.setFields(m_case, letter, { { u"period"_s, QString() } }).ok());
    QVERIFY2(render(u"access-request"_s).contains(u"the case lacks 答复期限（日）"_s),
        qPrintable(render(u"access-request"_s)));

    // The letter was sent on 8 February 2024 with ten working days: across the Spring Festival
    // (10–17 February off, Sunday 18 February worked) the period ends on 28 February.
    DeadlineRecord letter;
    letter.caseId = m_case;
    letter.kind = DeadlineKind::RightsRequest;
    letter.fromDate = QDate(2024, 2, 8);
    letter.period = { PeriodUnit::WorkingDays, 10 };
    QVERIFY(lib().deadlines().add(letter).ok());
    const QString access = render(u"access-request"_s);
    QVERIFY2(
        access.contains(u"在收到本函之日起十个工作日内，即2024年2月28日前答复并提供上述信息"_s),
        qPrintable(access));
    QVERIFY(render(u"deletion-request"_s).contains(u"十个工作日内，即2024年2月28日前书面答复"_s));
    QVERIFY(render(u"lawyer-letter"_s).contains(u"十个工作日内，即2024年2月28日前书面答复"_s));

    // The announcement published on 20 September 2024 runs 30 days to 20 October, a Sunday:
    // it ends on Monday 21 October.
    PartyRecord procuratorate;
    procuratorate.caseId = m_case;
    procuratorate.role = PartyRole::PublicInterestPlaintiff;
    procuratorate.type = PartyType::Organisation;
    procuratorate.name = u"北京市人民检察院第四分院"_s;
    QVERIFY(lib().cases().addParty(procuratorate).ok());
    CaseRecord c = lib().cases().caseById(m_case).value();
    c.kind = CaseKind::PublicInterest;
    QVERIFY(lib().cases().updateCase(c).ok());
    PublicNotice notice;
    notice.publishedOn = QDate(2024, 9, 20);
    notice.medium = u"正义网"_s;
    notice.contact = u"王某"_s;
    notice.phone = u"010-82345678"_s;
    notice.outcome = NoticeOutcome::None;
    QVERIFY(PublicInterestStore(lib()).setNotice(m_case, notice).ok());
    const auto announcement = buildDocument(lib(), m_case, u"pre-suit-notice"_s, registry, true);
    QVERIFY(announcement.ok());
    QVERIFY(plainText(announcement.value())
                .contains(u"本公告于2024年9月20日发布，公告期于2024年10月21日届满。"_s));
    const auto complaint =
        buildDocument(lib(), m_case, u"public-interest-complaint"_s, registry, true);
    QVERIFY(complaint.ok());
    QVERIFY2(plainText(complaint.value())
                 .contains(u"于2024年9月20日在正义网发布诉前公告，公告期间为三十日，至"
                           "2024年10月21日届满。"_s),
        qPrintable(plainText(complaint.value())));
}

void TstTemplates::conductOf2019IsPleadedUnderTheLawOf2019()
{
    addClaimsAndEvidence();
    // The facts move to 2019, before the Civil Code (2021-01-01) and the PIPL (2021-11-01).
    EventStore &events = lib().events();
    for (const EventRecord &e : events.events(m_case).value())
        QVERIFY(events.trashEvent(e.id).ok());
    EventRecord gate;
    gate.caseId = m_case;
    gate.date = u"2019-03-01"_s;
    gate.text = u"原告首次登录被告App，App要求填写职业、学习阶段等信息，未提供跳过或拒绝选项。"_s;
    gate.evidenceIds = { m_firstExhibit };
    QVERIFY(events.addEvent(gate).ok());
    const TemplateRegistry registry;
    const auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    const QString text = plainText(document.value());
    if (qEnvironmentVariableIsSet("HABEAS_DUMP"))
        qInfo().noquote() << text;
    // The compelled collection of March 2019, sentence by sentence: the Cybersecurity Law, the
    // Consumer Rights Law and the General Provisions of the Civil Law, not the PIPL.
    QVERIFY2(text.contains(kForcedStatement
                 + u"（依据：《中华人民共和国网络安全法》第四十一条第一款、第四十一条第二款、"
                   u"《中华人民共和国消费者权益保护法》第二十九条第一款、《中华人民共和国民法总则》"
                   u"第一百一十一条；证据：证据1-1）。"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"被告的上述行为发生于2019年3月1日，彼时《中华人民共和国个人信息保护法》"
                           u"（2021年11月1日起施行）尚未施行，故适用行为时有效的"
                           u"《中华人民共和国网络安全法》、《中华人民共和国消费者权益保护法》、"
                           u"《中华人民共和国民法总则》。"_s),
        qPrintable(text));
    // The duty breached and the liability rule of 2019: the Tort Liability Law's fault rule.
    QVERIFY(text.contains(u"被告的上述行为违反了《中华人民共和国网络安全法》第四十一条第一款、"
                          u"第四十一条第二款、《中华人民共和国消费者权益保护法》第二十九条第一款、"
                          u"《中华人民共和国民法总则》第一百一十一条的规定。依照《中华人民共和国"
                          u"侵权责任法》第六条第一款的规定，被告因过错侵害原告的个人信息权益，"
                          u"应当承担侵权责任。"_s));
    QVERIFY(!text.contains(u"《中华人民共和国民法典》第一千一百六十五条"_s));
    QVERIFY(text.contains(u"依照《中华人民共和国侵权责任法》第二十条的规定，上述合理开支"_s));
    QVERIFY(!text.contains(u"《中华人民共和国个人信息保护法》第"_s));
    QVERIFY(!text.contains(u"《中华人民共和国民法典》第一千零三十五条"_s));
    QVERIFY(!text.contains(u"网络数据安全管理条例"_s));

    // An element with no law in force in 2019 (facial recognition, from 2021-08-01) refuses,
    // naming the element and the date.
    ClaimStore &claims = lib().claims();
    const qint64 face = claims.addClaim(m_case, u"facial-recognition"_s).value();
    QVERIFY(claims.setStatus(face, u"2"_s, ElementStatus::Proven, u"被告在入园闸机处采集原告人脸"_s)
                .ok());
    QVERIFY(claims.cite(face, u"2"_s, m_firstExhibit).ok());
    const auto missing = missingFields(lib(), m_case, u"civil-complaint"_s, registry);
    QVERIFY(missing.ok());
    QCOMPARE(missing->size(), 1);
    QVERIFY2(missing->first().startsWith(u"「人脸识别」要件2（"_s), qPrintable(missing->first()));
    QVERIFY2(missing->first().contains(u"自2021年8月1日起施行，晚于其所依事实（2019年3月1日）"_s),
        qPrintable(missing->first()));
    QVERIFY(!buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false).ok());
    // Marked continuing past 2021-08-01 (the face data still used), it is pleaded again.
    QVERIFY(claims.setContinuingUntil(face, QDate(2022, 3, 1)).ok());
    const auto continuing = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(continuing.ok(), why(continuing).constData());
    QVERIFY2(plainText(continuing.value())
                 .contains(u"被告的上述行为始于2019年3月1日，持续至2022年3月1日，在"_s),
        qPrintable(plainText(continuing.value())));
}

void TstTemplates::defendantsElementsAreNeverThePlaintiffsCase()
{
    addClaimsAndEvidence();
    ClaimStore &claims = lib().claims();
    const qint64 refusal = claims.addClaim(m_case, u"refusal-of-service"_s).value();
    QVERIFY(claims
                .setStatus(refusal, u"2"_s, ElementStatus::Proven,
                    u"被告App将上述信息设为必填，原告不填写即无法使用服务"_s)
                .ok());
    // The processor's exception marked proven, and its absence of fault: the defendant's case.
    QVERIFY(claims.setStatus(refusal, u"3"_s, ElementStatus::Proven).ok());
    QVERIFY(claims.setStatus(refusal, u"4"_s, ElementStatus::Proven).ok());
    const TemplateRegistry registry;
    auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    QString text = plainText(document.value());
    QVERIFY(text.contains(u"被告App将上述信息设为必填，原告不填写即无法使用服务（依据："_s));
    for (const Element &e : theoryCatalogue().theory(u"refusal-of-service")->elements) {
        QVERIFY2(!text.contains(e.textZh.chopped(1)), qPrintable(e.textZh));
    }
    QVERIFY(!text.contains(u"例外"_s));
    QVERIFY(!text.contains(u"无过错"_s));
    QVERIFY(!text.contains(u"对于被告可能提出的抗辩"_s));

    // Disputed, with the lawyer's answer: printed as the answer to the expected defence.
    const QString answer =
        u"英语学习App的基本功能仅需手机号码即可实现，上述信息并非提供服务所必需"_s;
    QVERIFY(claims.setStatus(refusal, u"3"_s, ElementStatus::Disputed, answer).ok());
    document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    text = plainText(document.value());
    QVERIFY2(text.contains(u"对于被告可能提出的抗辩，原告认为："_s + answer), qPrintable(text));
    // After the plaintiff's own case, never before it.
    QVERIFY(text.indexOf(u"原告不填写即无法使用服务"_s) < text.indexOf(answer));
}

void TstTemplates::noCatalogueNoteIsPrintedAsAFact()
{
    addClaimsAndEvidence();
    ClaimStore &claims = lib().claims();
    const qint64 consent = claims.addClaim(m_case, u"no-valid-consent"_s).value();
    QVERIFY(claims.setStatus(consent, u"1"_s, ElementStatus::Proven).ok());
    QVERIFY(claims.setStatus(consent, u"6"_s, ElementStatus::Supported).ok());
    const TemplateRegistry registry;
    const auto refused = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Input);
    // The message names each element for the lawyer.
    QVERIFY2(refused.error().message.contains(
                 u"「未告知/未取得有效同意」要件1（处理行为已特定：处理的内容、时间及App版本）"
                 u"的事实陈述"_s),
        why(refused).constData());
    QVERIFY(refused.error().message.contains(
        u"「未告知/未取得有效同意」要件6（损害或者侵害风险）的事实陈述"_s));
    // A draft marks the gap and still prints none of the catalogue's words.
    const auto draft = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, true);
    QVERIFY2(draft.ok(), why(draft).constData());
    QStringList gaps;
    QString printed;
    for (const doc::Run &r : allRuns(draft.value())) {
        if (r.gap)
            gaps.append(r.text);
        else
            printed += r.text;
    }
    QVERIFY2(gaps.contains(u"缺：「未告知/未取得有效同意」要件1的事实陈述"_s),
        qPrintable(gaps.join(u' ')));
    const QString full = plainText(draft.value());
    QVERIFY(!full.contains(u"处理行为已特定"_s));
    QVERIFY(!full.contains(u"损害或者侵害风险"_s));
    // With the statement, the filing goes through and prints it.
    QVERIFY(claims
                .setStatus(consent, u"1"_s, ElementStatus::Proven,
                    u"被告于2021年1月15日通过3.2.1版App收集原告的手机号码"_s)
                .ok());
    QVERIFY(claims.setStatus(consent, u"6"_s, ElementStatus::Unproven).ok());
    const auto filed = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(filed.ok(), why(filed).constData());
    QVERIFY(plainText(filed.value())
                .contains(u"被告于2021年1月15日通过3.2.1版App收集原告的手机号码"_s));
}

void TstTemplates::privacyIsPleadedUnderItsOwnHeading()
{
    addClaimsAndEvidence();
    const TemplateRegistry registry;
    auto document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    QString text = plainText(document.value());
    QVERIFY(text.contains(u"二、被告的行为侵害了原告的个人信息权益"_s));
    QVERIFY(!text.contains(u"隐私权"_s));
    // The privacy limb of the SMS claim (peace of private life, CC 1032, 1033(i)).
    ClaimStore &claims = lib().claims();
    const qint64 marketing = claims.claims(m_case).value().at(1).id;
    QVERIFY(claims
                .setStatus(marketing, u"4"_s, ElementStatus::Supported,
                    u"被告在原告退订后仍于夜间连续发送营销短信三十余条"_s)
                .ok());
    document = buildDocument(lib(), m_case, u"civil-complaint"_s, registry, false);
    QVERIFY2(document.ok(), why(document).constData());
    text = plainText(document.value());
    const qsizetype personal = text.indexOf(u"二、被告的行为侵害了原告的个人信息权益"_s);
    const qsizetype privacy = text.indexOf(u"三、被告的行为侵害了原告的隐私权"_s);
    QVERIFY2(personal >= 0 && privacy > personal, qPrintable(text));
    // The forced collection stays under personal information, the SMS claim goes to privacy.
    QVERIFY(text.indexOf(kForcedStatement) < privacy);
    QVERIFY(text.indexOf(u"被告在原告退订后仍于夜间连续发送营销短信三十余条"_s) > privacy);
    QVERIFY(text.contains(
        u"（一）被告未经原告同意以商业性短信侵扰原告的私人生活安宁，侵害了原告的隐私权"_s));
    // Privacy is a fault liability (CC 1165(1)), never the PIPL's presumption.
    QVERIFY2(text.contains(u"依照《中华人民共和国民法典》第一千一百六十五条第一款的规定，被告因过错"
                           u"侵害原告的隐私权，应当承担侵权责任。"_s),
        qPrintable(text));
}

QTEST_GUILESS_MAIN(TstTemplates)
#include "tst_templates.moc"
