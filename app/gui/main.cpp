#include "bundletransfer.h"
#include "core/settings.h"
#include "core/translations.h"
#include "demo/demolibrary.h"
#include "mainwindow.h"
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
// --demo — when it does not exist yet.
habeas::Result<std::unique_ptr<habeas::Library>> openOrCreate(const QString &path, bool withDemo)
{
    using habeas::Library;
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
        QCoreApplication::translate("habeas::gui", "Open the library in DIR."), u"DIR"_s);
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
        auto library = openOrCreate(path, withDemo);
        if (!library.ok()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("habeas::gui", "Habeas"),
                QCoreApplication::translate(
                    "habeas::gui", "The library at %1 cannot be opened.\n\n%2")
                    .arg(QDir::toNativeSeparators(path), library.error().message));
            return 3;
        }
        QString next;
        habeas::MainWindow window(*library.value());
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
