// The speed of a server library beside a folder library, for the same data (issue 16, "Speed").
//
//   bench_server [--quick] [--runs N] [--explain]
//
// Starts its own PostgreSQL 15 cluster on 127.0.0.1 (tests/support/pgcluster.h), fills a folder
// library and a server library with the same generated data through the same SQL (the stores'
// SQL is one form for both engines): 1,000 cases of three parties each, one of them with 10,000
// exhibits of ten pages of Chinese text (10^5 pages). Then, as the GUI reads them, the median of
// N warm runs of:
//  - the case list: CaseListModel (what the window's case list shows) loading every case
//    (target < 300 ms);
//  - the evidence list of the 10,000-exhibit case: EvidenceModel::setCase (target < 500 ms);
//  - a search over the 10^5 pages: EvidenceText::search, the median over words of two Chinese
//    characters and of three and more (target < 100 ms).
// On the server as `wang`, a user role on every case's team (row-level security on), and as
// the library's administrator (who owns the tables and is not subject to it).
// --quick: 100 cases, 1,000 exhibits, 10^4 pages. --explain: the plans of the server's searches
// as the team user and as the owner, after the figures.

#include "benchsupport.h"
#include "cases/casestore.h"
#include "core/clock.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencetext.h"
#include "itemmodels/caselistmodel.h"
#include "itemmodels/evidencemodel.h"
#include "storage/library.h"
#include "storage/sql.h"
#include "support/pgcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::bench;

namespace {

struct Sizes {
    int cases = 1000;
    int exhibits = 10'000;
    int pages = 10;
    int characters = 300;
};

Status fillCases(Library &library, const Sizes &sizes)
{
    const QSqlDatabase db = library.database();
    return inTransaction(db, [&]() -> Status {
        SqlQuery insertCase(db,
            u"INSERT INTO cases (title, kind, stage, case_number, court, cause, filed_on, "
            "created_at, updated_at) VALUES (:t, :k, 'filed', :n, '北京互联网法院', "
            "'个人信息保护纠纷', '2021-01-27', :now, :now) RETURNING id"_s);
        SqlQuery insertParty(db,
            u"INSERT INTO parties (case_id, role, type, position, name, created_at, updated_at) "
            "VALUES (:c, :r, 'person', :p, :name, :now, :now)"_s);
        for (int c = 1; c <= sizes.cases; ++c) {
            insertCase.bind(u":t"_s, u"原告%1诉某科技有限公司个人信息保护纠纷案"_s.arg(c))
                .bind(u":k"_s, c % 10 == 0 ? u"public-interest"_s : u"private"_s)
                .bind(u":n"_s, u"（2024）京0491民初%1号"_s.arg(c))
                .bind(u":now"_s, u"2026-01-01T09:00:00+08:00"_s);
            if (auto e = insertCase.exec(); !e.ok())
                return e;
            const qint64 caseId = insertCase.returnedId();
            for (int p = 1; p <= 3; ++p) {
                insertParty.bind(u":c"_s, caseId)
                    .bind(u":r"_s, p == 1 ? u"plaintiff"_s : u"defendant"_s)
                    .bind(u":p"_s, p)
                    .bind(u":name"_s, u"当事人%1-%2"_s.arg(c).arg(p))
                    .bind(u":now"_s, u"2026-01-01T09:00:00+08:00"_s);
                if (auto e = insertParty.exec(); !e.ok())
                    return e;
            }
        }
        return {};
    });
}

// The cases, then the exhibits of case 1 and their pages, in a few transactions.
Status fill(Library &library, const Sizes &sizes)
{
    if (auto st = fillCases(library, sizes); !st.ok())
        return st;
    const auto ids = insertExhibits(library, 1, sizes.exhibits);
    if (!ids.ok())
        return ids.error();
    const int perTransaction = 500;
    for (int from = 0; from < sizes.exhibits; from += perTransaction) {
        const Status st = inTransaction(library.database(), [&]() -> Status {
            for (int e = from; e < std::min(sizes.exhibits, from + perTransaction); ++e) {
                QList<PageText> text;
                for (int p = 1; p <= sizes.pages; ++p)
                    text.append({ p, 595.28, 841.89, PageText::Origin::Pdf,
                        chineseText(quint32(e * sizes.pages + p), sizes.characters) });
                if (auto s = library.evidenceText().storeParse(ids->at(e),
                        EvidenceRecord::ParseState::Ok, {}, sizes.pages, text,
                        EvidenceRecord::OcrState::None);
                    !s.ok())
                    return s;
            }
            return {};
        });
        if (!st.ok())
            return st;
    }
    return {};
}

double medianMs(int runs, const std::function<void()> &work)
{
    work(); // warm: the first read fills the caches, as the window's first view has
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return median(ms);
}

struct Figures {
    double caseList = 0;
    double evidence = 0;
    double search2 = 0;
    double search3 = 0;
    int rows = 0;
    int exhibits = 0;
};

Figures measure(Library &library, int runs)
{
    Figures f;
    f.caseList = medianMs(runs, [&] {
        CaseListModel model(library.cases(), CaseListModel::Scope::Live);
        f.rows = model.rowCount();
    });
    f.evidence = medianMs(runs, [&] {
        EvidenceModel model(library.evidence());
        model.setCase(1);
        f.exhibits = model.rowCount();
    });
    const QStringList two { u"同意"_s, u"短信"_s, u"删除"_s, u"证据"_s, u"隐私"_s, u"租赁"_s };
    QStringList three;
    for (const QString &w : vocabulary())
        if (w.size() >= 3 && three.size() < 12)
            three << w;
    three << u"不存在的词语"_s;
    const auto searchAll = [&](const QStringList &queries) {
        QList<double> each;
        for (const QString &q : queries)
            each << medianMs(1, [&] { (void)library.evidenceText().search(q).ok(); });
        return median(each);
    };
    f.search2 = searchAll(two);
    f.search3 = searchAll(three);
    return f;
}

std::unique_ptr<Library> openAt(const LibraryLocation &at, Library::OpenMode mode)
{
    auto lib = Library::open(at, mode);
    if (!lib.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().message));
        return {};
    }
    return std::move(lib).value();
}

bool superSql(test::PgCluster &cluster, const QStringList &statements, const QString &db)
{
    bool ok = true;
    {
        QString why;
        QSqlDatabase c = cluster.connect(db, u"bench-super"_s, &why);
        QSqlQuery q(c);
        for (const QString &s : statements)
            if (!q.exec(s)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        c.close();
    }
    QSqlDatabase::removeDatabase(u"bench-super"_s);
    return ok;
}

// The plans of a search of each kind as `user` (what EvidenceText's postgresMatch sends, the
// pattern inlined), for when a figure misses its target.
void explain(test::PgCluster &cluster, const QString &user)
{
    const QString from = u"SELECT e.id, p.page FROM evidence_pages p "_s;
    const QString rest = u" JOIN evidence_items e ON e.id = p.evidence_id JOIN cases c ON "
                         "c.id = e.case_id WHERE e.trashed_at IS NULL AND c.trashed_at IS NULL"_s;
    const QStringList queries {
        from + rest + u" AND p.text ILIKE '%个人信息%' ORDER BY p.id LIMIT 100"_s,
        from + u"JOIN evidence_grams g ON g.page_id = p.id AND g.grams @> ARRAY['同意']::text[]"_s
            + rest + u" ORDER BY p.id LIMIT 100"_s,
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-explain"_s);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(cluster.port());
        db.setUserName(user);
        db.setDatabaseName(u"bench"_s);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &sql : queries) {
                std::printf("\nEXPLAIN ANALYZE as %s: %s\n", qPrintable(user), qPrintable(sql));
                if (!q.exec(u"EXPLAIN (ANALYZE, COSTS OFF) "_s + sql))
                    std::printf("  %s\n", qPrintable(q.lastError().text()));
                while (q.next())
                    std::printf("  %s\n", qPrintable(q.value(0).toString()));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"bench-explain"_s);
}

void row(const char *what, double sqlite, double pgUser, double pgAdmin, const char *target)
{
    std::printf("%-44s %9.1f ms %13.1f ms %13.1f ms   %s\n", what, sqlite, pgUser, pgAdmin, target);
}

int body(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Sizes sizes;
    if (args.contains(u"--quick"_s))
        sizes = { 100, 1000, 10, 300 };
    const qsizetype r = args.indexOf(u"--runs"_s);
    const int runs = r > 0 && r + 1 < args.size() ? args.at(r + 1).toInt() : 5;

    QTemporaryDir dir;
    test::PgCluster cluster;
    if (!cluster.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    QString why;
    if (!cluster.createDatabase(u"bench"_s, &why)
        || !superSql(cluster,
            { u"CREATE ROLE bench_admin LOGIN"_s, u"CREATE ROLE wang LOGIN"_s,
                u"ALTER DATABASE bench OWNER TO bench_admin"_s },
            u"postgres"_s))
        return 1;
    const auto server = [&](const QString &user) {
        return LibraryLocation::parse(
            u"postgresql://%1@127.0.0.1:%2/bench"_s.arg(user).arg(cluster.port()))
            .value();
    };
    QElapsedTimer t;
    t.start();
    auto folder =
        openAt(LibraryLocation::folder(dir.filePath(u"lib"_s)), Library::OpenMode::CreateIfMissing);
    if (!folder || !fill(*folder, sizes).ok())
        return 1;
    const double sqliteFill = double(t.restart()) / 1000;
    {
        auto admin = openAt(server(u"bench_admin"_s), Library::OpenMode::CreateIfMissing);
        if (!admin || !fill(*admin, sizes).ok())
            return 1;
    }
    // wang is on every case's team; VACUUM ANALYZE as autovacuum would have by now (the
    // GIN pending lists merged, the planner's statistics taken).
    if (!superSql(cluster,
            { u"INSERT INTO case_members (case_id, member, role, granted_by, granted_at) "
              "SELECT id, 'wang', 'member', 'bench_admin', '2026-01-01' FROM cases"_s,
                u"VACUUM ANALYZE"_s },
            u"bench"_s))
        return 1;
    const double pgFill = double(t.restart()) / 1000;
    std::printf("data: %d cases (3 parties each), a case of %d exhibits, %d pages of %d "
                "characters; filled in %.0f s (SQLite), %.0f s (PostgreSQL)\n",
        sizes.cases, sizes.exhibits, sizes.exhibits * sizes.pages, sizes.characters, sqliteFill,
        pgFill);

    const Figures lite = measure(*folder, runs);
    auto wang = openAt(server(u"wang"_s), Library::OpenMode::ExistingOnly);
    auto admin = openAt(server(u"bench_admin"_s), Library::OpenMode::ExistingOnly);
    if (!wang || !admin)
        return 1;
    const Figures user = measure(*wang, runs);
    const Figures owner = measure(*admin, runs);
    if (user.rows != lite.rows || user.exhibits != lite.exhibits) {
        std::fprintf(stderr, "wang sees %d cases and %d exhibits, SQLite %d and %d\n", user.rows,
            user.exhibits, lite.rows, lite.exhibits);
        return 1;
    }
    std::printf("\nmedian of %d warm runs; PostgreSQL 15 over loopback (127.0.0.1); load %s\n",
        runs, qPrintable(loadAverage()));
    std::printf("%-44s %12s %16s %16s   %s\n", "measure", "SQLite", "PG (team user)", "PG (owner)",
        "target");
    row(qPrintable(u"case list, %1 cases (CaseListModel)"_s.arg(lite.rows)), lite.caseList,
        user.caseList, owner.caseList, "< 300 ms");
    row(qPrintable(u"evidence list, %1 exhibits (EvidenceModel)"_s.arg(lite.exhibits)),
        lite.evidence, user.evidence, owner.evidence, "< 500 ms");
    row("search, 2-character Chinese words (median)", lite.search2, user.search2, owner.search2,
        "< 100 ms");
    row("search, 3+ character words (median)", lite.search3, user.search3, owner.search3,
        "< 100 ms");
    if (args.contains(u"--explain"_s)) {
        explain(cluster, u"wang"_s);
        explain(cluster, u"bench_admin"_s);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    return runCatching(body, argc, argv);
}
