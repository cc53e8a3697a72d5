#include "benchsupport.h"

#include "cases/casestore.h"
#include "core/clock.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <exception>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace habeas::bench {

long peakRssKb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<qsizetype>(std::floor(fraction * double(values.size() - 1) + 0.5));
    return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
}

QStringList runSelf(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        std::fprintf(
            stderr, "phase %s failed (exit %d)\n", qPrintable(args.join(u' ')), p.exitCode());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

const QStringList &vocabulary()
{
    // Commonest first; chineseText() draws the first ones far more often than the last.
    static const QStringList words {
        u"个人信息"_s,
        u"用户"_s,
        u"同意"_s,
        u"处理者"_s,
        u"应用程序"_s,
        u"手机号码"_s,
        u"隐私政策"_s,
        u"页面"_s,
        u"点击"_s,
        u"原告"_s,
        u"被告"_s,
        u"服务"_s,
        u"收集"_s,
        u"注册登录"_s,
        u"短信"_s,
        u"权限"_s,
        u"账号"_s,
        u"第三方"_s,
        u"营销推送"_s,
        u"设备信息"_s,
        u"个性化推荐"_s,
        u"提供"_s,
        u"删除"_s,
        u"查阅复制"_s,
        u"使用"_s,
        u"截图"_s,
        u"时间"_s,
        u"单独同意"_s,
        u"拒绝"_s,
        u"必要范围"_s,
        u"调查问卷"_s,
        u"跳过选项"_s,
        u"学习目的"_s,
        u"职业"_s,
        u"年龄段"_s,
        u"消费能力"_s,
        u"画像标签"_s,
        u"关联公司"_s,
        u"合作伙伴"_s,
        u"位置信息"_s,
        u"通讯录"_s,
        u"人民法院"_s,
        u"证据"_s,
        u"公证"_s,
        u"诉讼请求"_s,
        u"赔礼道歉"_s,
        u"停止侵害"_s,
        u"经济损失"_s,
        u"维权费用"_s,
        u"精神损害"_s,
        u"敏感个人信息"_s,
        u"未成年人"_s,
        u"人脸识别"_s,
        u"生物识别"_s,
        u"行踪轨迹"_s,
        u"金融账户"_s,
        u"医疗健康"_s,
        u"自动化决策"_s,
        u"算法推荐"_s,
        u"广告标识符"_s,
        u"剪贴板"_s,
        u"后台运行"_s,
        u"安装列表"_s,
        u"定向推送"_s,
        u"退订回复"_s,
        u"客服电话"_s,
        u"投诉举报"_s,
        u"网信部门"_s,
        u"市场监管"_s,
        u"行政处罚"_s,
        u"整改通知"_s,
        u"数据泄露"_s,
        u"安全事件"_s,
        u"加密存储"_s,
        u"去标识化"_s,
        u"匿名化"_s,
        u"跨境传输"_s,
        u"境外接收方"_s,
        u"标准合同"_s,
        u"安全评估"_s,
        u"保存期限"_s,
        u"注销账号"_s,
        u"撤回同意"_s,
        u"便捷方式"_s,
        u"弹窗提示"_s,
        u"默认勾选"_s,
        u"捆绑授权"_s,
        u"强制索权"_s,
        u"过度收集"_s,
        u"频繁申请"_s,
        u"自启动"_s,
        u"关联启动"_s,
        u"声纹信息"_s,
        u"虹膜信息"_s,
        u"基因信息"_s,
        u"宗教信仰"_s,
        u"特定身份"_s,
        u"公益诉讼"_s,
        u"人民检察院"_s,
        u"消费者组织"_s,
        u"诉前公告"_s,
        u"举证责任"_s,
        u"过错推定"_s,
        u"侵权责任"_s,
        u"连带责任"_s,
        u"委托处理"_s,
        u"共同处理"_s,
        u"电子数据"_s,
        u"时间戳"_s,
        u"区块链存证"_s,
        u"哈希校验"_s,
        u"原始载体"_s,
        u"区分告知"_s,
        u"显著方式"_s,
        u"清晰易懂"_s,
        u"真实准确"_s,
        u"完整告知"_s,
        u"学习打卡"_s,
        u"英语课程"_s,
        u"会员续费"_s,
        u"优惠券"_s,
        u"积分兑换"_s,
        u"小程序"_s,
        u"浏览记录"_s,
        u"搜索记录"_s,
        u"聊天记录"_s,
        u"照片相册"_s,
        u"麦克风"_s,
        u"摄像头"_s,
        u"蓝牙"_s,
        u"运营商"_s,
        u"实名登记"_s,
        u"快递地址"_s,
    };
    return words;
}

QString chineseText(quint32 seed, int characters)
{
    QRandomGenerator rng(seed);
    const QStringList &words = vocabulary();
    static const QStringList joints { u"的"_s, u"了"_s, u"和"_s, u"在"_s, u"对"_s, u"将"_s, u"向"_s,
        u"未经"_s, u"通过"_s, u"并"_s };
    QString text;
    text.reserve(characters + 16);
    int inSentence = 0;
    while (text.size() < characters) {
        // u³ skews the draw toward the head of the list: a Zipf-like spread of frequencies.
        const double u = rng.generateDouble();
        const auto i = static_cast<qsizetype>(u * u * u * double(words.size()));
        text += words.at(std::min(i, words.size() - 1));
        if (rng.bounded(9) == 0)
            text += u"%1年%2月%3日"_s.arg(2019 + rng.bounded(6))
                        .arg(1 + rng.bounded(12))
                        .arg(1 + rng.bounded(28));
        if (++inSentence > 3 + int(rng.bounded(6))) {
            text += rng.bounded(3) == 0 ? u"。"_s : u"，"_s;
            inSentence = 0;
        } else {
            text += joints.at(rng.bounded(int(joints.size())));
        }
    }
    return text;
}

bool writeScreenshot(const QString &path, int index)
{
    constexpr int w = 1080;
    constexpr int h = 2340;
    QRandomGenerator rng(static_cast<quint32>(index) * 2654435761u + 17);
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0xf5, 0xf5, 0xf5));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QString::fromUtf16(kFontFamily));

    // Status bar: the clock, signal and battery.
    font.setPixelSize(36);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRect(40, 0, 400, 90), Qt::AlignVCenter,
        u"%1:%2"_s.arg(8 + index % 12).arg(index % 60, 2, 10, QLatin1Char('0')));
    p.drawRect(w - 140, 30, 80, 36);
    p.fillRect(w - 136, 34, 8 + index % 68, 28, QColor(0x2e, 0x7d, 0x32));

    // App bar in the app's colour.
    const QColor brand = QColor::fromHsv((index * 37) % 360, 160, 200);
    p.fillRect(0, 90, w, 160, brand);
    font.setPixelSize(52);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 90, w, 160), Qt::AlignCenter, u"某某英语 · 消息 %1"_s.arg(index));
    font.setBold(false);

    // Chat bubbles: avatar, then text wrapped in a rounded box.
    font.setPixelSize(40);
    p.setFont(font);
    int y = 290;
    int bubble = 0;
    while (y < h - 420) {
        const bool mine = rng.bounded(2) == 0;
        const QString text =
            chineseText(static_cast<quint32>(index * 131 + bubble), 18 + int(rng.bounded(70)));
        const QRect avatar(mine ? w - 150 : 30, y, 110, 110);
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), 120, 220));
        p.setPen(Qt::NoPen);
        p.drawEllipse(avatar);
        const QRect textArea(mine ? 200 : 190, y + 24, 680, 2000);
        const QRect bounds = p.fontMetrics().boundingRect(textArea, Qt::TextWordWrap, text);
        const QRect box = bounds.adjusted(-28, -22, 28, 22);
        QPainterPath shape;
        shape.addRoundedRect(box, 24, 24);
        p.fillPath(shape, mine ? QColor(0x95, 0xec, 0x69) : Qt::white);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(textArea, Qt::TextWordWrap, text);
        y = box.bottom() + 50;
        ++bubble;
    }

    // Every third screenshot carries the consent dialog the case is about.
    if (index % 3 == 0) {
        p.fillRect(0, 0, w, h, QColor(0, 0, 0, 110));
        const QRect dialog(90, 760, w - 180, 820);
        QPainterPath shape;
        shape.addRoundedRect(dialog, 36, 36);
        p.fillPath(shape, Qt::white);
        font.setPixelSize(48);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(dialog.adjusted(40, 40, -40, 0), Qt::AlignHCenter | Qt::AlignTop,
            u"个人信息保护指引"_s);
        font.setBold(false);
        font.setPixelSize(38);
        p.setFont(font);
        p.drawText(dialog.adjusted(50, 150, -50, -220), Qt::TextWordWrap,
            chineseText(static_cast<quint32>(index) + 99991, 120));
        QPainterPath button;
        button.addRoundedRect(
            QRect(dialog.left() + 60, dialog.bottom() - 170, dialog.width() - 120, 110), 55, 55);
        p.fillPath(button, brand);
        p.setPen(Qt::white);
        p.drawText(QRect(dialog.left() + 60, dialog.bottom() - 170, dialog.width() - 120, 110),
            Qt::AlignCenter, u"同意并继续"_s);
    }

    // Input bar and navigation bar.
    p.fillRect(0, h - 300, w, 170, Qt::white);
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    p.drawRoundedRect(QRect(40, h - 270, w - 240, 110), 20, 20);
    p.fillRect(0, h - 130, w, 130, QColor(0xfa, 0xfa, 0xfa));
    p.end();
    return image.save(path, "PNG");
}

bool writeTextPdf(const QString &path, int index, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(u"证据材料 %1"_s.arg(index));
    writer.setCreator(u"bench"_s);
    QPainter p;
    if (!p.begin(&writer))
        return false;
    QFont font(QString::fromUtf16(kFontFamily));
    font.setPointSizeF(12);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRect body(0, 160, page.width(), page.height() - 240);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRect(0, 0, page.width(), 120), Qt::AlignCenter,
            u"关于用户个人信息处理情况的说明（第%1号，第%2页）"_s.arg(index).arg(i + 1));
        font.setBold(false);
        p.setFont(font);
        // About 800 characters: a full page of prose at 12 pt.
        p.drawText(
            body, Qt::TextWordWrap, chineseText(static_cast<quint32>(index * 1000 + i) + 7, 800));
    }
    return p.end();
}

QStringList makeEvidenceFiles(const QString &dir, int screenshots, int pdfs, int pdfPages)
{
    QDir().mkpath(dir);
    QStringList images;
    for (int i = 1; i <= screenshots; ++i)
        images << QDir(dir).filePath(u"screenshot-%1.png"_s.arg(i, 4, 10, QLatin1Char('0')));
    QStringList documents;
    for (int i = 1; i <= pdfs; ++i)
        documents << QDir(dir).filePath(u"document-%1.pdf"_s.arg(i, 3, 10, QLatin1Char('0')));

    // Painting into a QImage is safe on worker threads; the PDFs stay on this one.
    QList<int> todo;
    for (int i = 0; i < images.size(); ++i)
        if (!QFileInfo(images.at(i)).size())
            todo << i;
    std::atomic_bool failed = false;
    QtConcurrent::blockingMap(todo, [&](int i) {
        if (!writeScreenshot(images.at(i), i + 1))
            failed = true;
    });
    for (int i = 0; i < documents.size(); ++i)
        if (!QFileInfo(documents.at(i)).size() && !writeTextPdf(documents.at(i), i + 1, pdfPages))
            failed = true;
    if (failed)
        return {};
    return images + documents;
}

Result<QList<qint64>> insertExhibits(Library &library, qint64 caseId, int count)
{
    const QSqlDatabase db = library.database();
    QList<qint64> ids;
    ids.reserve(count);
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO evidence_items (case_id, sha256, group_no, seq, title, original_name, "
            "size, media_type, purpose, source, captured_at, device, operator, notes, created_at, "
            "updated_at, parse_state, page_count, ocr_state) VALUES (:case, :sha, :group, :seq, "
            ":title, :name, :size, :type, :purpose, :source, :captured, :device, '张某律师', '', "
            ":now, :now, 'ok', :pages, :ocr) RETURNING id"_s);
        const QString now = Clock::isoNow();
        for (int i = 0; i < count; ++i) {
            // Groups of 50, as a large case groups its exhibits by the fact they prove.
            const int group = 1 + i / 50;
            const int seq = 1 + i % 50;
            const bool pdf = i % 10 == 9;
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(
                u"bench-%1-%2"_s.arg(caseId).arg(i).toUtf8(), QCryptographicHash::Sha256)
                                                        .toHex());
            const QString name = pdf ? u"document-%1.pdf"_s.arg(i) : u"screenshot-%1.png"_s.arg(i);
            q.bind(u":case"_s, caseId)
                .bind(u":sha"_s, sha)
                .bind(u":group"_s, group)
                .bind(u":seq"_s, seq)
                .bind(u":title"_s,
                    pdf ? u"隐私政策（%1版）"_s.arg(i) : u"首次登录页面截图 %1"_s.arg(i))
                .bind(u":name"_s, name)
                .bind(u":size"_s, pdf ? 180'000 + i : 240'000 + i)
                .bind(u":type"_s, pdf ? u"application/pdf"_s : u"image/png"_s)
                .bind(u":purpose"_s, u"证明被告未经单独同意向第三方提供原告的个人信息"_s)
                .bind(u":source"_s, u"某某英语 App 5.2.%1 (com.example.english)"_s.arg(i % 7))
                .bind(u":captured"_s,
                    QDateTime(
                        QDate(2021, 1, 1).addDays(i % 365), QTime(9, i % 60), QTimeZone(8 * 3600))
                        .toString(Qt::ISODateWithMs))
                .bind(u":device"_s, u"华为 Mate 40 Pro，HarmonyOS 2.0"_s)
                .bind(u":now"_s, now)
                .bind(u":pages"_s, pdf ? 10 : 1)
                .bind(u":ocr"_s, pdf ? u"none"_s : u"done"_s);
            if (auto e = q.exec(); !e.ok())
                return e;
            const qint64 id = q.returnedId();
            ids << id;
            if (auto e = library.audit().append(caseId, u"evidence.import"_s, u"evidence"_s, id,
                    { { u"sha256"_s, sha }, { u"exhibit"_s, u"证据%1-%2"_s.arg(group).arg(seq) },
                        { u"file"_s, name } });
                !e.ok())
                return e;
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return ids;
}

Result<MatrixCase> fillProofMatrixCase(Library &library, int claimCount, int exhibits)
{
    CaseRecord c;
    c.title = u"证明矩阵基准案件"_s;
    c.court = u"北京互联网法院"_s;
    const auto caseId = library.cases().createCase(c);
    if (!caseId.ok())
        return caseId.error();
    const auto ids = insertExhibits(library, caseId.value(), exhibits);
    if (!ids.ok())
        return ids.error();
    // The catalogue has 13 theories and the store refuses a theory twice in a case; the others
    // are written the way addClaim writes them, so the matrix has the rows of `claimCount`
    // claims. (Whether a case can reach 20 claims at all is a question for the catalogue.)
    const QList<Theory> &theories = theoryCatalogue().theories();
    for (const Theory &theory : theories)
        if (auto added = library.claims().addClaim(caseId.value(), theory.id); !added.ok())
            return added.error();
    const QSqlDatabase db = library.database();
    const Status extra = inTransaction(db, [&]() -> Status {
        for (int i = 0; i < claimCount - int(theories.size()); ++i) {
            const Theory &theory = theories.at(1 + i % (theories.size() - 1));
            SqlQuery q(db,
                u"INSERT INTO claims (case_id, theory, created_at, updated_at) VALUES (:case, "
                ":theory, :now, :now) RETURNING id"_s);
            q.bind(u":case"_s, caseId.value())
                .bind(u":theory"_s, theory.id)
                .bind(u":now"_s, Clock::isoNow());
            if (auto e = q.exec(); !e.ok())
                return e;
            const qint64 claimId = q.returnedId();
            for (const Element &element : theory.elements) {
                SqlQuery el(db,
                    u"INSERT INTO claim_elements (claim_id, element) VALUES (:claim, :element)"_s);
                el.bind(u":claim"_s, claimId).bind(u":element"_s, element.id);
                if (auto e = el.exec(); !e.ok())
                    return e;
            }
        }
        return {};
    });
    if (!extra.ok())
        return extra.error();
    const auto claims = library.claims().claims(caseId.value());
    if (!claims.ok())
        return claims.error();
    QList<std::pair<qint64, QString>> elements;
    for (const ClaimRecord &claim : claims.value())
        for (const ClaimElement &e : claim.elements)
            elements.append({ claim.id, e.id });
    // Citations through SQL in one transaction, as cite() writes them, for speed.
    int cited = 0;
    const Status cites = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO element_citations (claim_id, element, evidence_id, page, note, "
            "created_at) VALUES (:claim, :element, :evidence, :page, '', :now)"_s);
        for (int i = 0; i < ids->size(); ++i) {
            if (i % 5 == 4)
                continue; // proves nothing: the gap report's other half
            const auto &[claimId, element] = elements.at((i * 7) % elements.size());
            q.bind(u":claim"_s, claimId)
                .bind(u":element"_s, element)
                .bind(u":evidence"_s, ids->at(i))
                .bind(u":page"_s, 1)
                .bind(u":now"_s, Clock::isoNow());
            if (auto e = q.exec(); !e.ok())
                return e;
            ++cited;
        }
        return {};
    });
    if (!cites.ok())
        return cites.error();
    return MatrixCase { caseId.value(), cited, int(elements.size()) };
}

double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
#else
    return 0;
#endif
}

int runCatching(int (*body)(int, char **), int argc, char **argv)
{
    try {
        return body(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "the benchmark stopped: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "the benchmark stopped on an exception\n");
    }
    return 1;
}

} // namespace habeas::bench
