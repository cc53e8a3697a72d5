// The fault campaign: habeas-cli killed with SIGKILL at random points of an evidence import, a
// migration, a deadline edit, a document generation, a case-bundle import and a register import
// (60 trials), and a library on a full disk (a small tmpfs). After each fault the library must
// still pass `library check` and `evidence verify`, nothing recorded may be lost, nothing may be
// half-imported (a case whole or absent, a register whole or absent) and no file the user asked
// for may exist half-written.
#include "clirunner.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>

#include <csignal>
#include <limits>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace habeas::test;

namespace {

Run cli(const QString &lib, const QStringList &args)
{
    return runCli(QStringList { u"--library"_s, lib } + args, { QString(), true, 180000 });
}

// Starts habeas-cli, kills it with SIGKILL after `ms` (if it is still running), and says whether
// the kill landed before the command finished.
bool killAfter(const QString &lib, const QStringList &args, int ms, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"HABEAS_LIBRARY"_s, QString());
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HABEAS_CLI_PATH), QStringList { u"--library"_s, lib } + args);
    if (!p.waitForStarted())
        return false;
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (p.waitForFinished(ms))
        return false;
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    return true;
}

// A screenshot-sized PNG with noise, so hashing and decoding take a moment.
void writeScreenshot(const QString &path, int seed)
{
    QImage image(540, 1170, QImage::Format_RGB32);
    QRandomGenerator rng(static_cast<quint32>(seed));
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = rng.generate() | 0xff000000u;
    }
    image.save(path, "PNG");
}

QStringList ids(const Run &list)
{
    QStringList out;
    for (const QJsonValue v : list.json().array())
        out << QString::number(v.toObject().value(u"id"_s).toInteger()) + u':'
                + v.toObject().value(u"sha256"_s).toString();
    return out;
}

// The answer of the sqlite3 tool to one query on the library's database.
QString sql(const QString &lib, const QString &query)
{
    QProcess p;
    p.start(u"sqlite3"_s, { QDir(lib).filePath(u"library.sqlite"_s), query });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"<sqlite3 failed: %1>"_s.arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Everything of a case's register: the import's figures and how many rows each table holds.
QString registerRows(const QString &lib, const QString &caseId)
{
    return sql(lib,
        uR"(SELECT (SELECT count(*) || ' ' || coalesce(max(row_count), '') || ' '
                           || coalesce(max(records), '') FROM register_imports WHERE case_id = %1)
                   || ' ' || (SELECT count(*) FROM register_counts WHERE case_id = %1)
                   || ' ' || (SELECT count(*) FROM register_categories WHERE case_id = %1)
                   || ' ' || (SELECT count(*) FROM register_keys WHERE case_id = %1))"_s.arg(
            caseId));
}

// What registerRows says of a case without a register.
const QString kNoRegister = u"0   0 0 0"_s;

// A register of `rows` persons with valid ID numbers (GB 11643) and phones, as a CSV.
QByteArray registerCsv(int rows)
{
    static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char checks[] = "10X98765432";
    static const char *const categories[] = { "行踪轨迹", "财产信息", "通信记录", "身份信息" };
    QByteArray csv = "序号,姓名,公民身份号码,联系电话,信息类别\r\n";
    for (int i = 0; i < rows; ++i) {
        // 110101 + a birth date between 1950 and 2015 + a sequence number.
        QByteArray id = "110101"
            + QByteArray::number(19500101 + (i % 66) * 10000 + (i % 12) * 100 + i % 27 + 1)
            + QByteArray::number(100 + i % 900);
        int sum = 0;
        for (int k = 0; k < 17; ++k)
            sum += (id[k] - '0') * weights[k];
        id += checks[sum % 11];
        csv += QByteArray::number(i + 1) + ",某" + QByteArray::number(i) + ',' + id + ",1380"
            + QByteArray::number(1000000 + i) + ',' + categories[i % 4] + "\r\n";
    }
    return csv;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TstFaults final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportsLoseNothing();
    void killedMigrationsRollBackOrComplete();
    void killedGenerationsLeaveNoHalfFile();
    void killedBundleImportsLeaveNoHalfCase();
    void killedRegisterImportsLeaveNoHalfRegister();
    void fullDiskRefusesAndChangesNothing();

private:
    void checkLibrary(const QString &lib, const QString &what);
    QString caseContents(const QString &lib, const QString &caseId);
    int killPoint(qint64 wholeMs);
    QString registerFile();

    QTemporaryDir m_dir;
    QStringList m_files;
    QRandomGenerator m_rng { 20261204 }; // fixed: a failure can be replayed
};

void TstFaults::initTestCase()
{
    for (int i = 0; i < 12; ++i) {
        const QString path = m_dir.filePath(u"shot-%1.png"_s.arg(i));
        writeScreenshot(path, i);
        m_files << path;
    }
}

void TstFaults::checkLibrary(const QString &lib, const QString &what)
{
    const Run check = cli(lib, { u"library"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0,
        qPrintable(what + u": library check: "_s + check.err + QString::fromUtf8(check.out)));
    const Run verify = cli(lib, { u"evidence"_s, u"verify"_s });
    QVERIFY2(verify.exitCode == 0,
        qPrintable(what + u": evidence verify: "_s + verify.err + QString::fromUtf8(verify.out)));
    const Run audit = cli(lib, { u"audit"_s, u"verify"_s });
    QVERIFY2(audit.exitCode == 0, qPrintable(what + u": audit verify: "_s + audit.err));
}

void TstFaults::killedImportsLoseNothing()
{
    const QString lib = m_dir.filePath(u"import"_s);
    QCOMPARE(cli(lib, { u"case"_s, u"new"_s, u"--title"_s, u"导入中断"_s }).exitCode, 0);
    // New files each trial: a duplicate is recognised at once and proves nothing.
    const auto trialFiles = [this](int trial) {
        QStringList files;
        for (int k = 0; k < 4; ++k) {
            files << m_dir.filePath(u"trial-%1-%2.png"_s.arg(trial).arg(k));
            writeScreenshot(files.last(), 1000 + trial * 10 + k);
        }
        return files;
    };
    const QStringList add { u"evidence"_s, u"add"_s, u"1"_s, u"--no-ocr"_s };
    // Imports uninterrupted, started as the trials start them and timed, so the kill points
    // spread over an import on this machine; the first also pays for cold caches, so the faster
    // of two counts.
    qint64 wholeMs = std::numeric_limits<qint64>::max();
    for (int warm = 98; warm < 100; ++warm) {
        const QStringList files = trialFiles(warm);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!killAfter(lib, add + files, 120000));
        wholeMs = qMin(wholeMs, timer.elapsed());
    }
    int landed = 0;
    for (int trial = 0; trial < 15; ++trial) {
        const QStringList before = ids(cli(lib, { u"--json"_s, u"evidence"_s, u"list"_s, u"1"_s }));
        const QStringList files = trialFiles(trial);
        const int ms = killPoint(wholeMs);
        if (killAfter(lib, add + files, ms))
            ++landed;
        // What was recorded before the kill is still there, byte for byte (verify re-hashes).
        const QStringList after = ids(cli(lib, { u"--json"_s, u"evidence"_s, u"list"_s, u"1"_s }));
        for (const QString &item : before)
            QVERIFY2(after.contains(item), qPrintable(u"trial %1 lost %2"_s.arg(trial).arg(item)));
        checkLibrary(lib, u"import trial %1 (%2 ms)"_s.arg(trial).arg(ms));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of 15 kills landed during an import (%lld ms whole)", landed, wholeMs);
    QVERIFY2(landed >= 5, "too few kills landed during an import; the trials prove little");
}

void TstFaults::killedMigrationsRollBackOrComplete()
{
    int landed = 0;
    for (int trial = 0; trial < 10; ++trial) {
        const QString lib = m_dir.filePath(u"migrate-%1"_s.arg(trial));
        QVERIFY(QDir().mkpath(lib));
        // A schema-1 library (the fixture), opened by this version: the ladder runs to the end.
        QFile fixture(testData(u"fixtures/library-v1.sql"_s));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, { QDir(lib).filePath(u"library.sqlite"_s) });
        QVERIFY(sqlite.waitForStarted());
        sqlite.write(fixture.readAll());
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);
        const int ms = static_cast<int>(m_rng.bounded(2, 120));
        if (killAfter(lib, { u"case"_s, u"list"_s }, ms))
            ++landed;
        // Opening again finishes the migration; the demo case of the fixture is whole.
        const Run list = cli(lib, { u"--json"_s, u"case"_s, u"list"_s });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(list.json().array().first().toObject().value(u"court"_s).toString(),
            u"北京互联网法院"_s);
        checkLibrary(lib, u"migration trial %1 (%2 ms)"_s.arg(trial).arg(ms));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of 10 kills landed during the migration", landed);
}

void TstFaults::killedGenerationsLeaveNoHalfFile()
{
    const QString lib = m_dir.filePath(u"generate"_s);
    QCOMPARE(cli(lib, { u"library"_s, u"demo"_s, lib }).exitCode, 0);
    int landed = 0;
    for (int trial = 0; trial < 15; ++trial) {
        const bool pdf = trial % 2 == 0;
        const QString out =
            m_dir.filePath(u"out-%1.%2"_s.arg(trial).arg(pdf ? u"pdf"_s : u"docx"_s));
        const QString templ = trial % 4 == 0 ? u"evidence-bundle"_s : u"civil-complaint"_s;
        if (!pdf && templ == u"evidence-bundle"_s)
            continue;
        const int ms = static_cast<int>(m_rng.bounded(20, 500));
        if (killAfter(lib,
                { u"generate"_s, u"1"_s, u"--template"_s, templ, u"--format"_s,
                    pdf ? u"pdf"_s : u"docx"_s, u"--out"_s, out, u"--draft"_s },
                ms))
            ++landed;
        // The file is there whole, or not at all.
        if (QFileInfo::exists(out)) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (pdf)
                QVERIFY2(bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF"),
                    qPrintable(u"trial %1: a half-written PDF"_s.arg(trial)));
            else
                QVERIFY2(bytes.startsWith("PK") && bytes.contains("PK\x05\x06"),
                    qPrintable(u"trial %1: a half-written DOCX"_s.arg(trial)));
        }
        // A deadline edit killed on the way: the deadline is there or not, never half.
        killAfter(lib,
            { u"deadline"_s, u"add"_s, u"1"_s, u"--kind"_s, u"answer"_s, u"--from"_s,
                u"2021-02-03"_s },
            static_cast<int>(m_rng.bounded(5, 200)));
        checkLibrary(lib, u"generation trial %1 (%2 ms)"_s.arg(trial).arg(ms));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills landed during a generation", landed);
}

// How many parties, events, exhibits, claims and damages items a case holds.
QString TstFaults::caseContents(const QString &lib, const QString &caseId)
{
    QStringList sizes;
    for (const QString &what : { u"party"_s, u"event"_s, u"evidence"_s, u"claim"_s, u"damages"_s })
        sizes << QString::number(
            cli(lib, { u"--json"_s, what, u"list"_s, caseId }).json().array().size());
    return sizes.join(u' ');
}

// A kill point in a command that took `wholeMs` uninterrupted here: from start-up to just past
// its end, so the trials spread over the whole command whatever the machine's speed.
int TstFaults::killPoint(qint64 wholeMs)
{
    return static_cast<int>(
        m_rng.bounded(10, static_cast<int>(qMax<qint64>(wholeMs, 100) * 11 / 10)));
}

QString TstFaults::registerFile()
{
    const QString csv = m_dir.filePath(u"register.csv"_s);
    if (!QFileInfo::exists(csv) && !writeFile(csv, registerCsv(30000)))
        qFatal("cannot write %s", qPrintable(csv));
    return csv;
}

void TstFaults::killedBundleImportsLeaveNoHalfCase()
{
    const QString source = m_dir.filePath(u"bundle-source"_s);
    QCOMPARE(cli(source, { u"library"_s, u"demo"_s, source }).exitCode, 0);
    const QString plain = m_dir.filePath(u"demo.habeas"_s);
    const QString sealed = m_dir.filePath(u"demo-encrypted.habeas"_s);
    const QByteArray passphrase = "kill nine\n";
    QCOMPARE(cli(source, { u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, plain }).exitCode, 0);
    QProcess encrypt;
    encrypt.start(QStringLiteral(HABEAS_CLI_PATH),
        { u"--library"_s, source, u"bundle"_s, u"export"_s, u"1"_s, u"--out"_s, sealed,
            u"--encrypt"_s, u"--passphrase-stdin"_s });
    encrypt.write(passphrase);
    encrypt.closeWriteChannel();
    QVERIFY(encrypt.waitForFinished(180000));
    QCOMPARE(encrypt.exitCode(), 0);

    // One import uninterrupted: the case it makes is the whole to compare with, and its time
    // the span the kills are spread over.
    const QString lib = m_dir.filePath(u"bundle-import"_s);
    QElapsedTimer timer;
    timer.start();
    const Run first = cli(lib, { u"bundle"_s, u"import"_s, plain });
    const qint64 wholeMs = timer.elapsed();
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString whole = caseContents(lib, u"1"_s);
    QCOMPARE(whole, caseContents(source, u"1"_s));
    int landed = 0;
    for (int trial = 0; trial < 10; ++trial) {
        const int casesBefore =
            cli(lib, { u"--json"_s, u"case"_s, u"list"_s }).json().array().size();
        const bool encrypted = trial % 2 == 1;
        const int ms = killPoint(wholeMs);
        const QStringList import = encrypted
            ? QStringList { u"bundle"_s, u"import"_s, sealed, u"--passphrase-stdin"_s }
            : QStringList { u"bundle"_s, u"import"_s, plain };
        if (killAfter(lib, import, ms, encrypted ? passphrase : QByteArray()))
            ++landed;
        // A new case, whole, or none at all.
        const QJsonArray cases = cli(lib, { u"--json"_s, u"case"_s, u"list"_s }).json().array();
        QVERIFY2(cases.size() == casesBefore || cases.size() == casesBefore + 1,
            qPrintable(
                u"trial %1: %2 cases after %3"_s.arg(trial).arg(cases.size()).arg(casesBefore)));
        if (cases.size() > casesBefore) {
            const QString id = QString::number(cases.last().toObject().value(u"id"_s).toInteger());
            QCOMPARE(caseContents(lib, id), whole);
        }
        checkLibrary(lib, u"bundle import trial %1 (%2 ms)"_s.arg(trial).arg(ms));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of 10 kills landed during a bundle import (%lld ms whole)", landed, wholeMs);
    QVERIFY2(landed >= 3, "too few kills landed during a bundle import; the trials prove little");
}

void TstFaults::killedRegisterImportsLeaveNoHalfRegister()
{
    const QString lib = m_dir.filePath(u"register"_s);
    const QStringList newCase { u"--json"_s, u"case"_s, u"new"_s, u"--title"_s, u"公益诉讼"_s,
        u"--kind"_s, u"public-interest"_s };
    QStringList import { u"register"_s, u"import"_s, u"CASE"_s, registerFile(), u"--as-of"_s,
        u"2021-06-01"_s };
    // One import uninterrupted: the register to compare with, and the span of the kills.
    import[2] = QString::number(cli(lib, newCase).json().object().value(u"id"_s).toInteger());
    QElapsedTimer timer;
    timer.start();
    const Run first = cli(lib, import);
    const qint64 wholeMs = timer.elapsed();
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString whole = registerRows(lib, import[2]);
    QVERIFY2(whole.startsWith(u"1 30000 "_s), qPrintable(whole));
    int landed = 0;
    for (int trial = 0; trial < 10; ++trial) {
        const QString caseId =
            QString::number(cli(lib, newCase).json().object().value(u"id"_s).toInteger());
        import[2] = caseId;
        const int ms = killPoint(wholeMs);
        if (killAfter(lib, import, ms))
            ++landed;
        // The register whole, or nothing of it in any of its tables.
        const QString rows = registerRows(lib, caseId);
        QVERIFY2(rows == whole || rows == kNoRegister,
            qPrintable(u"trial %1 (%2 ms): %3"_s.arg(trial).arg(ms).arg(rows)));
        const Run stats = cli(lib, { u"--json"_s, u"register"_s, u"stats"_s, caseId });
        QCOMPARE(stats.exitCode, rows == whole ? 0 : 2);
        checkLibrary(lib, u"register import trial %1 (%2 ms)"_s.arg(trial).arg(ms));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of 10 kills landed during a register import (%lld ms whole)", landed, wholeMs);
    QVERIFY2(landed >= 3, "too few kills landed during a register import; the trials prove little");
}

void TstFaults::fullDiskRefusesAndChangesNothing()
{
    if (!isRoot())
        QSKIP("mounting a small tmpfs needs root (CI runs as root)");
    const QString mount = m_dir.filePath(u"small-disk"_s);
    QVERIFY(QDir().mkpath(mount));
    QProcess m;
    m.start(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=6m"_s, u"tmpfs"_s, mount });
    QVERIFY(m.waitForFinished(10000));
    if (m.exitCode() != 0)
        QSKIP(qPrintable(
            u"cannot mount a tmpfs here: "_s + QString::fromUtf8(m.readAllStandardError())));
    const auto unmount = qScopeGuard([&] {
        QProcess u;
        u.start(u"umount"_s, { mount });
        u.waitForFinished(10000);
    });
    const QString lib = QDir(mount).filePath(u"lib"_s);
    QCOMPARE(cli(lib, { u"case"_s, u"new"_s, u"--title"_s, u"磁盘已满"_s }).exitCode, 0);
    QCOMPARE(
        cli(lib, { u"evidence"_s, u"add"_s, u"1"_s, u"--no-ocr"_s, m_files.first() }).exitCode, 0);
    const QString events =
        QString::fromUtf8(cli(lib, { u"--json"_s, u"event"_s, u"list"_s, u"1"_s }).out);
    const QStringList exhibits = ids(cli(lib, { u"--json"_s, u"evidence"_s, u"list"_s, u"1"_s }));
    QCOMPARE(exhibits.size(), 1);
    const Run publicCase = cli(lib,
        { u"--json"_s, u"case"_s, u"new"_s, u"--title"_s, u"公益诉讼"_s, u"--kind"_s,
            u"public-interest"_s });
    QCOMPARE(publicCase.exitCode, 0);
    const QString registerCase =
        QString::number(publicCase.json().object().value(u"id"_s).toInteger());
    const QStringList importRegister { u"register"_s, u"import"_s, registerCase, registerFile(),
        u"--as-of"_s, u"2021-06-01"_s };
    // Fill the disk, leaving a few kilobytes.
    {
        QFile filler(QDir(mount).filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        QFile::resize(filler.fileName(), filler.size() - 16 * 1024);
    }

    // A new fact does not fit: refused with a message that says why.
    Run full = cli(lib,
        { u"event"_s, u"add"_s, u"1"_s, u"--date"_s, u"2024-01-01"_s, u"--text"_s,
            u"磁盘已满时的事实"_s });
    QVERIFY2(full.exitCode == 3, qPrintable(full.err));
    QVERIFY2(full.err.contains(u"disk"_s, Qt::CaseInsensitive)
            || full.err.contains(u"full"_s, Qt::CaseInsensitive)
            || full.err.contains(u"space"_s, Qt::CaseInsensitive),
        qPrintable(full.err));
    // An import does not fit: refused with a message, nothing recorded.
    Run r = cli(
        lib, QStringList { u"evidence"_s, u"add"_s, u"1"_s, u"--no-ocr"_s } + m_files.mid(1, 6));
    QVERIFY2(r.exitCode != 0 || r.out.contains("rejected") || r.out.contains("unreadable"),
        qPrintable(QString::fromUtf8(r.out) + r.err));
    QVERIFY2(!r.err.isEmpty() || r.out.contains("rejected"), "a full disk says so");
    // A register does not fit: refused with a message, nothing of it stored.
    r = cli(lib, importRegister);
    QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
    QVERIFY2(r.err.contains(u"disk"_s, Qt::CaseInsensitive)
            || r.err.contains(u"full"_s, Qt::CaseInsensitive)
            || r.err.contains(u"space"_s, Qt::CaseInsensitive),
        qPrintable(r.err));
    // A generated document does not fit: no half file.
    const QString out = QDir(mount).filePath(u"complaint.pdf"_s);
    r = cli(lib,
        { u"generate"_s, u"1"_s, u"--template"_s, u"civil-complaint"_s, u"--format"_s, u"pdf"_s,
            u"--out"_s, out, u"--draft"_s });
    if (r.exitCode != 0)
        QVERIFY2(!QFileInfo::exists(out), "a failed generation leaves no file");

    // Room again: the library is whole and holds what it held, plus what was recorded whole.
    QVERIFY(QFile::remove(QDir(mount).filePath(u"filler"_s)));
    checkLibrary(lib, u"after the full disk"_s);
    const QStringList after = ids(cli(lib, { u"--json"_s, u"evidence"_s, u"list"_s, u"1"_s }));
    for (const QString &item : exhibits)
        QVERIFY(after.contains(item));
    QCOMPARE(
        QString::fromUtf8(cli(lib, { u"--json"_s, u"event"_s, u"list"_s, u"1"_s }).out), events);
    QCOMPARE(registerRows(lib, registerCase), kNoRegister); // (sqlite3 cannot read a full disk)
    // And it takes new work again.
    QCOMPARE(cli(lib,
                 { u"event"_s, u"add"_s, u"1"_s, u"--date"_s, u"2024-01-02"_s, u"--text"_s,
                     u"磁盘恢复"_s })
                 .exitCode,
        0);
    const Run again = cli(lib, importRegister);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(registerRows(lib, registerCase).startsWith(u"1 30000 "_s));
}

QTEST_MAIN(TstFaults)
#include "tst_faults.moc"
