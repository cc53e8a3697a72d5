#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

// Every entry is under this service name, one per server address (ServerLogin's key).
const QString kService = u"Habeas library server"_s;

// Runs a QtKeychain job to its end.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

class SystemKeychain final : public Keychain {
public:
    QString read(const QString &key) override
    {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        runToEnd(job);
        return job.error() == QKeychain::NoError ? job.textData() : QString();
    }

    Status write(const QString &key, const QString &password) override
    {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(password);
        runToEnd(job);
        if (job.error() != QKeychain::NoError)
            return Error::io(QCoreApplication::translate(
                "habeas::Keychain", "The password could not be kept in the system keychain: %1")
                                 .arg(job.errorString()));
        return {};
    }

    Status remove(const QString &key) override
    {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        runToEnd(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return Error::io(QCoreApplication::translate("habeas::Keychain",
                "The password could not be removed from the system keychain: %1")
                                 .arg(job.errorString()));
        return {};
    }
};

Keychain *g_testing = nullptr;

} // namespace

Keychain &Keychain::current()
{
    static SystemKeychain system;
    return g_testing ? *g_testing : system;
}

void Keychain::setForTesting(Keychain *keychain)
{
    g_testing = keychain;
}

} // namespace habeas
