#include "clicontext.h"
#include "clireference.h"
#include "core/settings.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

// Qt's PostgreSQL driver warns when it cannot free a prepared statement after the server refused
// another one inside a transaction (the transaction is rolled back, and the session ends with
// the command): the refusal itself is the one line the user should read.
QtMessageHandler previousMessageHandler = nullptr;
void dropDriverNoise(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(u"Unable to free statement"_s))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, text);
}

// Everything habeas-cli prints is UTF-8 (case titles, 证据1-1, 《…》第十六条). A Windows
// console shows it as such only when its output code page says so; the console's own code page
// is put back on exit, since it outlives this process. Elsewhere terminals are UTF-8 already.
class Utf8Console final {
public:
    Utf8Console()
    {
#ifdef Q_OS_WIN
        m_previousOutput = ::GetConsoleOutputCP();
        m_previousInput = ::GetConsoleCP();
        if (m_previousOutput != 0)
            ::SetConsoleOutputCP(CP_UTF8);
        if (m_previousInput != 0)
            ::SetConsoleCP(CP_UTF8);
#endif
    }
    ~Utf8Console()
    {
#ifdef Q_OS_WIN
        if (m_previousOutput != 0)
            ::SetConsoleOutputCP(m_previousOutput);
        if (m_previousInput != 0)
            ::SetConsoleCP(m_previousInput);
#endif
    }
    Q_DISABLE_COPY_MOVE(Utf8Console)

private:
#ifdef Q_OS_WIN
    UINT m_previousOutput = 0; // 0: no console (output redirected to a file or a pipe)
    UINT m_previousInput = 0;
#endif
};

// The overview `habeas-cli --help` prints: data, kept apart from the code that prints it.
const char *const kHelp = QT_TRANSLATE_NOOP("habeas::cli",
    "habeas-cli — the Habeas library from the command line\n"
    "\n"
    "Usage: habeas-cli [--library DIR] [--json] COMMAND [ARGS...]\n"
    "       habeas-cli --version | --help | COMMAND --help\n"
    "\n"
    "Library and cases:\n"
    "  library init [DIR]      create an empty library\n"
    "  library demo [DIR]      create a library holding the demo case (罗某 v. the app "
    "operator)\n"
    "  library check [--repair] integrity, schema version, blob store and audit chain\n"
    "  library copy SRC DST    copy a library (folder or server) into an empty one, verified\n"
    "  case new|list|show|edit|delete|restore\n"
    "  case new|edit --kind public-interest|criminal-incidental-public-interest\n"
    "      [--procuratorate-number 文号] [--prosecutor NAME[:TITLE]...]   a procuratorate's suit\n"
    "  case announce CASE --published D --medium M --contact NAME --phone P\n"
    "      [--outcome none|came-forward [--organisation NAME...]] | --clear   诉前公告 (30 days)\n"
    "  party add|list|edit|remove|restore\n"
    "  audit list [CASE] | audit verify\n"
    "  bundle export CASE --out FILE.habeas [--encrypt --passphrase-stdin] [--anonymise]\n"
    "      one case, whole; --anonymise: a teaching copy without personal data\n"
    "  bundle import FILE.habeas [--passphrase-stdin]   always a new case; prints its id\n"
    "  bundle inspect FILE.habeas [--passphrase-stdin]\n"
    "  bundle review CASE [--exhibit EVIDENCE]...   the teaching copy's review of each exhibit\n"
    "\n"
    "The clinic's review:\n"
    "  review add CASE --on element:CLAIM:ELEMENT|region:ID|request:N|document:ID --text T\n"
    "  review list CASE [--open|--resolved] | review edit CASE COMMENT --text T\n"
    "  review resolve|reopen|remove CASE COMMENT | review settle CASE COMMENT --mine|--theirs\n"
    "  review import CASE FILE.habeas [--passphrase-stdin]   a bundle of this case that came\n"
    "                          back: only its review comments are merged in\n"
    "\n"
    "Evidence:\n"
    "  evidence add CASE FILE... [--password P] [--no-ocr] | evidence ocr [CASE]\n"
    "  evidence list CASE | show ID | edit ID | remove ID\n"
    "  evidence move ID --to POSITION [--group G]\n"
    "  evidence annotate ID --rect X,Y,W,H [--page P] [--kind highlight|redaction]\n"
    "  evidence regions ID | evidence export ID --out FILE [--redacted] | evidence verify "
    "[CASE]\n"
    "  search QUERY [--case CASE]   full text of evidence, titles and notes\n"
    "\n"
    "Facts and law:\n"
    "  statute show CITATION | statute search QUERY\n"
    "  theory list | theory show THEORY\n"
    "  event add CASE --date D --text T [--evidence ID...] | event list CASE\n"
    "  claim add CASE THEORY | list CASE | show CLAIM | cite CLAIM ELEMENT EVIDENCE\n"
    "  claim status CLAIM ELEMENT STATUS | claim continuing CLAIM DATE|no\n"
    "  claim heading CLAIM TEXT|default | claim alternative CLAIM LIMB|none\n"
    "  claim adverse CLAIM ELEMENT yes|no   the processor withholds its evidence (EvP 95)\n"
    "  claim gaps CASE [--csv F] [--pdf F]\n"
    "  request list CASE | request set CASE --text T [--text T...]   the 诉讼请求 wording\n"
    "  request demand CASE [--position N --text T]   a request as a letter demands it\n"
    "  request apology CASE --form written|public [--medium M --days N]\n"
    "\n"
    "Damages:\n"
    "  damages add|edit|list|remove|total\n"
    "  damages add|edit ... [--to treasury|fund|organisation [--to-name NAME]]\n"
    "      [--from-register records|minors|under14|category:C]   public interest\n"
    "  damages fine CASE --defendant PARTY (--amount A [--judgment T] | --clear)\n"
    "      the criminal fine, shown beside the illegal gain, never claimed\n"
    "  fee --amount A [--kind property|personality] [--simplified]\n"
    "      [--ends judgment|mediation|withdrawal]   mediation or withdrawal halves it\n"
    "\n"
    "Documents:\n"
    "  template list | template copy ID\n"
    "  generate CASE --template T --format docx|pdf --out FILE [--draft]\n"
    "  document fields CASE --template T | document set CASE --template T --field ID=V...\n"
    "                          a letter's or an application's own fields\n"
    "\n"
    "Deadlines:\n"
    "  deadline compute --from DATE (--days N | --months N | --years N) [--working-days]\n"
    "  deadline add CASE --kind KIND (--from DATE | --event ID | --document ID) [--days N ...]\n"
    "  deadline edit ID | list [CASE] [--due-within DAYS] [--overdue] [--all]\n"
    "  deadline done ID [--reopen] | remove ID | ics [CASE] --out FILE\n"
    "\n"
    "Register of affected persons (public-interest cases):\n"
    "  register import CASE FILE [--as-of DATE] [--column ROLE=HEADER ...] [--sheet NAME]\n"
    "  register stats CASE | register clear CASE\n"
    "  register find CASE (--id-number X | --phone X)   is this person in the register?\n"
    "\n"
    "A firm's library on a server (--library postgresql://USER@HOST[:PORT]/DB):\n"
    "  server grant CASE --user ROLE [--role lead|member|reader]   put a user on the case's team\n"
    "  server revoke CASE --user ROLE | server members CASE\n"
    "                          only the team sees the case; only its lead changes the team\n"
    "\n"
    "The library is --library DIR, else $HABEAS_LIBRARY, else the default library.\n"
    "Exit codes: 0 done; 1 a check found a problem; 2 usage or input error; 3 the "
    "library cannot be used.\n");

QString help()
{
    return QCoreApplication::translate("habeas::cli", kHelp);
}

// Whether the command lays out text (fonts need a QGuiApplication): generate, and library
// demo. Every other command keeps the lighter QCoreApplication.
bool needsFonts(int argc, char *argv[])
{
    QList<QByteArray> words;
    for (int i = 1; i < argc && words.size() < 2; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--library")
            ++i;
        else if (!a.startsWith("--"))
            words << a;
    }
    return words.value(0) == "generate" || (words.value(0) == "library" && words.value(1) == "demo")
        || (words.value(0) == "claim" && words.value(1) == "gaps"); // --pdf
}

using namespace habeas::cli;

// The commands, in the order of the reference (docs/cli.md).
const NamedCommand commands[] = {
    { u"library", runLibraryCommand },
    { u"case", runCaseCommand },
    { u"party", runPartyCommand },
    { u"audit", runAuditCommand },
    { u"damages", runDamagesCommand },
    { u"fee", runFeeCommand },
    { u"evidence", runEvidenceCommand },
    { u"statute", runStatuteCommand },
    { u"theory", runTheoryCommand },
    { u"event", runEventCommand },
    { u"claim", runClaimCommand },
    { u"search", runSearchCommand },
    { u"request", runRequestCommand },
    { u"template", runTemplateCommand },
    { u"generate", runGenerateCommand },
    { u"document", runDocumentCommand },
    { u"deadline", runDeadlineCommand },
    { u"bundle", runBundleCommand },
    { u"register", runRegisterCommand },
    { u"review", runReviewCommand },
    { u"server", runServerCommand },
};

// `habeas-cli help --markdown`: the reference in docs/cli.md. A maintenance command, not in
// --help; always in English, whatever the preferences say, so the file is the same everywhere.
bool wantsReference(int argc, char *argv[])
{
    QList<QByteArray> words;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--library")
            ++i;
        else if (a != "--json" && !a.startsWith("--library="))
            words << a;
    }
    return words == QList<QByteArray> { "help", "--markdown" };
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!needsFonts(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A command line has no window: render with the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Qt warns on stderr when there is no runtime directory (a cron job, a container); a
    // private one of our own keeps stderr to the one line the CLI contract promises.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir =
            QDir::temp().filePath(u"habeas-runtime-%1"_s.arg(getuid())).toLocal8Bit();
        if (QDir().mkpath(QString::fromLocal8Bit(dir))
            && QFile::setPermissions(QString::fromLocal8Bit(dir),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const Utf8Console console;
    previousMessageHandler = qInstallMessageHandler(dropDriverNoise);
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"Habeas"_s);
    QCoreApplication::setApplicationName(u"Habeas"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HABEAS_VERSION));
    const bool reference = wantsReference(argc, argv);
    habeas::installTranslations(
        app, reference ? u"en"_s : habeas::Settings::value(habeas::Settings::Language).toString());

    CliContext ctx;
    QString library;
    bool json = false;
    QStringList rest;
    const QStringList args = app.arguments().mid(1);
    // Global options come before the command; --json is also accepted after it, where scripts
    // tend to put it.
    bool seenCommand = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--json"_s) {
            json = true;
        } else if (!seenCommand && a == u"--library"_s) {
            if (i + 1 >= args.size()) {
                Output(false).fail(UsageError,
                    QCoreApplication::translate("habeas::cli", "--library needs a folder"));
                return UsageError;
            }
            library = args.at(++i);
        } else if (!seenCommand && a.startsWith(u"--library="_s)) {
            library = a.mid(10);
        } else {
            if (!a.startsWith(u"--"_s))
                seenCommand = true;
            rest << a;
        }
    }
    ctx.out = Output(json);
    if (reference) {
        Output(false).printLine(CliReference::markdown(help(), commands).trimmed());
        return Done;
    }
    if (rest.isEmpty() || rest.first() == u"--help"_s || rest.first() == u"help"_s) {
        ctx.out.printLine(help());
        return rest.isEmpty() ? UsageError : Done;
    }
    if (rest.first() == u"--version"_s) {
        ctx.out.printLine(u"habeas-cli " HABEAS_VERSION ""_s);
        return Done;
    }
    if (rest.first().startsWith(u"--"_s))
        return ctx.out.fail(UsageError,
            QCoreApplication::translate("habeas::cli", "unknown option %1").arg(rest.first()));

    ctx.libraryPath = habeas::Settings::resolveLibraryPath(library);
    const QString command = rest.takeFirst();
    for (const auto &[name, handler] : commands)
        if (command == QStringView(name))
            return handler(ctx, rest);
    return ctx.out.fail(UsageError,
        QCoreApplication::translate("habeas::cli", "unknown command \"%1\"; see habeas-cli --help")
            .arg(command));
}
