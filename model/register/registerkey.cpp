#include "register/registerkey.h"

#include "core/trfunction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
constexpr char kTrContext[] = "habeas::Register";
constexpr auto tr = &translateIn<kTrContext>;
constexpr int kKeyBytes = 32;
} // namespace

const QString RegisterKey::kFileName = u"register.key"_s;

Result<RegisterKey> RegisterKey::load(const QString &libraryPath, bool create)
{
    if (sodium_init() < 0)
        return Error::library(tr("the cryptography library could not be initialised"));
    RegisterKey key;
    key.m_path = QDir(libraryPath).filePath(kFileName);
    QFile file(key.m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(tr("cannot read %1: %2").arg(key.m_path, file.errorString()));
        key.m_key = file.readAll();
        if (key.m_key.size() != kKeyBytes)
            return Error::library(
                tr("%1 is damaged (it should hold %2 bytes)").arg(key.m_path).arg(kKeyBytes));
    } else if (create) {
        key.m_key.resize(kKeyBytes);
        randombytes_buf(key.m_key.data(), kKeyBytes);
        key.m_new = true;
    } else {
        return Error::notFound(tr("the library has no register key (%1)").arg(key.m_path));
    }
    key.m_state.resize(sizeof(crypto_auth_hmacsha256_state));
    crypto_auth_hmacsha256_init(
        reinterpret_cast<crypto_auth_hmacsha256_state *>(key.m_state.data()),
        reinterpret_cast<const unsigned char *>(key.m_key.constData()), kKeyBytes);
    return key;
}

Status RegisterKey::save() const
{
    if (!m_new)
        return {};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_key) != m_key.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return Error::io(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    return {};
}

QString RegisterKey::id() const
{
    return QString::number(hash('k', "habeas register key", 19), 16);
}

RegisterKey::Hash RegisterKey::hash(char kind, const char *text, int length) const
{
    crypto_auth_hmacsha256_state state;
    memcpy(&state, m_state.constData(), sizeof state);
    const unsigned char prefix[2] = { static_cast<unsigned char>(kind), ':' };
    crypto_auth_hmacsha256_update(&state, prefix, 2);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(text),
        static_cast<unsigned long long>(length));
    unsigned char full[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, full);
    return qFromBigEndian<quint64>(full);
}

RegisterKey::Hash RegisterKey::idNumberHash(QStringView idNumber) const
{
    char text[18];
    for (int i = 0; i < 18; ++i)
        text[i] = i < idNumber.size() ? char(idNumber[i].toUpper().unicode()) : '?';
    return hash('i', text, 18);
}

QByteArray RegisterKey::phoneDigits(QStringView phone)
{
    QByteArray digits;
    digits.reserve(phone.size());
    for (const QChar c : phone)
        if (c >= u'0' && c <= u'9')
            digits.append(char(c.unicode()));
    if (digits.size() == 13 && digits.startsWith("861"))
        digits.remove(0, 2);
    return digits;
}

RegisterKey::Hash RegisterKey::phoneHash(QStringView phone) const
{
    const QByteArray digits = phoneDigits(phone);
    return hash('p', digits.constData(), int(digits.size()));
}

} // namespace habeas
