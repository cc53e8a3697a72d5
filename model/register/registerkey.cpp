#include "register/registerkey.h"

#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::Register)
};
constexpr int kKeyBytes = StorageBackend::kRegisterKeyBytes;
} // namespace

const QString RegisterKey::kFileName = QString::fromLatin1(StorageBackend::kRegisterKeyFile);

Result<RegisterKey> RegisterKey::load(StorageBackend &backend, qint64 caseId, bool create)
{
    if (sodium_init() < 0)
        return Error::library(Text::tr("the cryptography library could not be initialised"));
    RegisterKey key;
    key.m_backend = &backend;
    key.m_case = caseId;
    auto stored = backend.registerKey(caseId);
    if (stored.ok()) {
        key.m_key = stored.value();
    } else if (create && stored.error().kind == Error::Kind::NotFound) {
        key.m_key.resize(kKeyBytes);
        randombytes_buf(key.m_key.data(), kKeyBytes);
        key.m_new = true;
    } else {
        return stored.error();
    }
    if (key.m_key.size() != kKeyBytes)
        return Error::library(
            Text::tr("the register key of case %1 is damaged (it should hold %2 bytes)")
                .arg(caseId)
                .arg(kKeyBytes));
    key.m_state.resize(sizeof(crypto_auth_hmacsha256_state));
    crypto_auth_hmacsha256_init(
        reinterpret_cast<crypto_auth_hmacsha256_state *>(key.m_state.data()),
        reinterpret_cast<const unsigned char *>(key.m_key.constData()), kKeyBytes);
    return key;
}

Status RegisterKey::save() const
{
    if (!m_new || !m_backend)
        return {};
    return m_backend->storeRegisterKey(m_case, m_key);
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
