#include "bundletransfer.h"
#include "core/settings.h"
#include "core/translations.h"
#include "demo/demolibrary.h"
#include "mainwindow.h"
#include "serverlogindialog.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Opens the library, creating it — with the demo case, on the very first start or with
// --demo — when it does not exist yet. A postgresql:// address is a server library: the user
// logs in first (nothing, not an error, when they cancel), and it must exist (the
// administrator makes it, docs/server.md).
std::optional<habeas::Result<std::unique_ptr<habeas::Library>>> openOrCreate(
    const QString &path, bool withDemo)
{
    using habeas::Library;
    if (const auto at = habeas::LibraryLocation::parse(path); at.ok() && at->isServer()) {
        if (!habeas::logInToServer(nullptr, at.value()))
            return std::nullopt;
        return Library::open(at.value(), Library::OpenMode::ExistingOnly);
    }
    const bool exists = QFileInfo::exists(QDir(path).filePath(u"library.sqlite"_s));
    // The window need not wait for the file's check when Habeas closed the file last.
    auto library = Library::open(
        path, Library::OpenMode::CreateIfMissing, Library::FileCheck::BesideWhenClosedCleanly);
    if (!library.ok() || exists || !withDemo)
        return library;
    if (auto demo = habeas::addDemoCase(*library.value()); !demo.ok())
        return demo.error();
    return library;
}

// The library's name for the user: a folder as the system writes paths, a server's address.
QString shown(const QString &path)
{
    return path.contains(u"://"_s) ? path : QDir::toNativeSeparators(path);
}

// The library the window shows; nothing when the user did not log in to its server (`exitCode`
// 0) or it cannot be opened, which is said (3).
std::unique_ptr<habeas::Library> openForWindow(const QString &path, bool withDemo, int &exitCode)
{
    auto opened = openOrCreate(path, withDemo);
    exitCode = 0;
    if (!opened)
        return nullptr;
    if (!opened->ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("habeas::gui", "Habeas"),
            QCoreApplication::translate("habeas::gui", "The library at %1 cannot be opened.\n\n%2")
                .arg(shown(path), opened->error().message));
        exitCode = 3;
        return nullptr;
    }
    return std::move(*opened).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Habeas"_s);
    QApplication::setApplicationName(u"Habeas"_s);
    QApplication::setApplicationDisplayName(u"Habeas"_s);
    QApplication::setApplicationVersion(QStringLiteral(HABEAS_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/habeas.png"_s));
    QGuiApplication::setDesktopFileName(u"org.habeas.Habeas"_s);
    habeas::installTranslations(
        app, habeas::Settings::value(habeas::Settings::Language).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("habeas::gui", "Habeas — privacy litigation workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(u"library"_s,
        QCoreApplication::translate("habeas::gui",
            "Open the library in DIR, or on a server at postgresql://USER@HOST[:PORT]/DATABASE."),
        u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s,
        QCoreApplication::translate("habeas::gui",
            "Open the demo library (罗某 v. the app operator), creating it if needed."));
    parser.addOption(libraryOption);
    parser.addOption(demoOption);
    parser.addPositionalArgument(u"FILE"_s,
        QCoreApplication::translate(
            "habeas::gui", "A case bundle (.habeas) to import into the library, after asking."),
        u"[FILE...]"_s);
    parser.process(app);
    // The file manager passes the files opened with Habeas (%F); each is offered in turn.
    QStringList bundleFiles = parser.positionalArguments();

    QString path;
    bool withDemo = false;
    if (parser.isSet(demoOption)) {
        path = parser.isSet(libraryOption)
            ? parser.value(libraryOption)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(u"demo-library"_s);
        withDemo = true;
    } else {
        path = habeas::Settings::resolveLibraryPath(parser.value(libraryOption));
        // The first start on this machine: the default library does not exist yet, so it is
        // created with the demo case to explore.
        withDemo = !parser.isSet(libraryOption) && qEnvironmentVariableIsEmpty("HABEAS_LIBRARY")
            && habeas::Settings::value(habeas::Settings::LibraryPath).toString().isEmpty();
    }

    for (;;) {
        int failed = 0;
        const auto library = openForWindow(path, withDemo, failed);
        if (!library)
            return failed;
        QString next;
        habeas::MainWindow window(*library);
        QObject::connect(&window, &habeas::MainWindow::openLibraryRequested, &window,
            [&](const QString &chosen) {
                next = chosen;
                window.close();
            });
        window.show();
        if (!bundleFiles.isEmpty()) {
            QTimer::singleShot(0, &window,
                [&window, files = bundleFiles] { window.bundles()->offerImports(files); });
            bundleFiles.clear();
        }
        const int code = QApplication::exec();
        if (next.isEmpty())
            return code;
        path = next;
        withDemo = false;
    }
}
