#pragma once

// Runs the real habeas-cli (HABEAS_CLI_PATH) for the end-to-end tests: English messages, an
// isolated settings folder, and the library only from --library unless `libraryEnv` is given.

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace habeas::test {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

struct CliOptions {
    QString libraryEnv; // $HABEAS_LIBRARY
    bool ownPlatform = false; // let habeas-cli choose its QPA platform (commands that lay out text)
    int timeoutMs = 60000;
};

inline Run runCli(const QStringList &args, const CliOptions &options = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HABEAS_LIBRARY"), options.libraryEnv);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
        QDir::temp().filePath(QStringLiteral("habeas-cli-test-config")));
    if (options.ownPlatform)
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HABEAS_CLI_PATH), args);
    if (!p.waitForFinished(options.timeoutMs))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace habeas::test
