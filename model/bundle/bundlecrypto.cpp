#include "bundle/bundlecrypto.h"

#include "bundle/bundletext.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace habeas::bundle::crypto {

namespace {

constexpr char kMagic[] = "HABSBNDL";
constexpr int kAlgorithm = 1;
constexpr qint64 kChunk = 64 * 1024;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kPrefixBytes = kMagicSize + 2 + 8 + 8 + kSaltBytes; // authenticated as AD
constexpr int kHeaderBytes = kPrefixBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
static_assert(kSaltBytes == 16 && kHeaderBytes == 66);

using Key = unsigned char[crypto_secretstream_xchacha20poly1305_KEYBYTES];

// Wipes the key when it goes out of scope.
struct KeyGuard {
    Key key;
    ~KeyGuard() { sodium_memzero(key, sizeof key); }
};

Done initSodium()
{
    if (sodium_init() < 0)
        return Failure::other(Error::io(Text::tr("The encryption library cannot be started.")));
    return done();
}

Done deriveKey(KeyGuard &guard, const QByteArray &passphrase, const unsigned char *salt,
    quint64 opslimit, quint64 memlimit)
{
    if (crypto_pwhash(guard.key, sizeof guard.key, passphrase.constData(),
            quint64(passphrase.size()), salt, opslimit, size_t(memlimit),
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Failure::other(Error::io(
            Text::tr("Deriving the key from the passphrase failed (not enough memory?).")));
    return done();
}

bool writeAll(QIODevice &out, const void *data, qint64 size)
{
    return out.write(static_cast<const char *>(data), size) == size;
}

Failure writeFailed(QIODevice &out)
{
    return Failure::other(
        Error::io(Text::tr("Writing the encrypted bundle failed (is the disk full?): %1")
                      .arg(out.errorString())));
}

} // namespace

bool hasMagic(const QByteArray &firstBytes)
{
    return firstBytes.startsWith(QByteArray(kMagic, kMagicSize));
}

Done encrypt(QIODevice &plain, QIODevice &out, const QByteArray &passphrase,
    const std::function<bool(qint64)> &progress)
{
    if (auto st = initSodium(); !st.ok())
        return st;
    unsigned char header[kHeaderBytes];
    memcpy(header, kMagic, kMagicSize);
    header[kMagicSize] = kVersion;
    header[kMagicSize + 1] = kAlgorithm;
    const quint64 ops = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_MODERATE;
    qToLittleEndian<quint64>(ops, header + 10);
    qToLittleEndian<quint64>(mem, header + 18);
    unsigned char *salt = header + 26;
    randombytes_buf(salt, kSaltBytes);
    KeyGuard guard;
    if (auto st = deriveKey(guard, passphrase, salt, ops, mem); !st.ok())
        return st;
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header + kPrefixBytes, guard.key);
    if (!writeAll(out, header, kHeaderBytes))
        return writeFailed(out);

    QByteArray in(kChunk, Qt::Uninitialized);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    bool first = true;
    for (bool last = false; !last;) {
        const qint64 n = plain.read(in.data(), kChunk);
        if (n < 0)
            return Failure::other(Error::io(
                Text::tr("Reading the bundle to encrypt failed: %1").arg(plain.errorString())));
        last = plain.atEnd() || n < kChunk;
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&state,
            reinterpret_cast<unsigned char *>(cipher.data()), &cipherSize,
            reinterpret_cast<const unsigned char *>(in.constData()), quint64(n),
            first ? header : nullptr, first ? kPrefixBytes : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        unsigned char length[4];
        qToLittleEndian<quint32>(quint32(cipherSize), length);
        if (!writeAll(out, length, 4) || !writeAll(out, cipher.constData(), qint64(cipherSize)))
            return writeFailed(out);
        if (progress && !progress(n))
            return Failure::cancelled();
    }
    return done();
}

namespace {

Done readHeader(QIODevice &sealed, unsigned char (&header)[kHeaderBytes])
{
    if (sealed.read(reinterpret_cast<char *>(header), kHeaderBytes) != kHeaderBytes
        || memcmp(header, kMagic, kMagicSize) != 0)
        return Failure::integrity(Text::tr("The encrypted bundle is truncated: its header is "
                                           "incomplete."));
    if (header[kMagicSize] > kVersion || header[kMagicSize + 1] != kAlgorithm)
        return Failure::input(Text::tr("The bundle is encrypted in a newer format (version %1); "
                                       "update Habeas to open it.")
                                  .arg(header[kMagicSize]));
    const quint64 ops = qFromLittleEndian<quint64>(header + 10);
    const quint64 mem = qFromLittleEndian<quint64>(header + 18);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Failure::integrity(Text::tr("The encrypted bundle's header was altered: its key "
                                           "parameters are out of range."));
    return done();
}

} // namespace

Done decrypt(QIODevice &sealed, QIODevice &out, const QByteArray &passphrase,
    const std::function<bool(qint64)> &progress)
{
    if (auto st = initSodium(); !st.ok())
        return st;
    unsigned char header[kHeaderBytes];
    if (auto st = readHeader(sealed, header); !st.ok())
        return st;
    KeyGuard guard;
    if (auto st = deriveKey(guard, passphrase, header + 26, qFromLittleEndian<quint64>(header + 10),
            qFromLittleEndian<quint64>(header + 18));
        !st.ok())
        return st;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header + kPrefixBytes, guard.key)
        != 0)
        return Failure::integrity(Text::tr("The encrypted bundle's header was altered."));

    const qint64 maxCipher = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
    QByteArray cipher(maxCipher, Qt::Uninitialized);
    QByteArray plain(kChunk, Qt::Uninitialized);
    bool first = true;
    for (;;) {
        unsigned char length[4];
        const qint64 got = sealed.read(reinterpret_cast<char *>(length), 4);
        if (got == 0)
            return Failure::integrity(
                Text::tr("The encrypted bundle is truncated: its end is missing."));
        const qint64 size = got == 4 ? qint64(qFromLittleEndian<quint32>(length)) : -1;
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES || size > maxCipher)
            return Failure::integrity(Text::tr("The encrypted bundle is truncated or altered."));
        if (sealed.read(cipher.data(), size) != size)
            return Failure::integrity(
                Text::tr("The encrypted bundle is truncated: its end is missing."));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state,
                reinterpret_cast<unsigned char *>(plain.data()), &plainSize, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(size),
                first ? header : nullptr, first ? kPrefixBytes : 0)
            != 0) {
            if (!first)
                return Failure::integrity(Text::tr("The encrypted bundle was altered or damaged: a "
                                                   "part of it fails its authentication."));
            Failure wrong = Failure::integrity(
                Text::tr("The passphrase is wrong, or the encrypted bundle was altered."));
            wrong.wrongPassphrase = true;
            return wrong;
        }
        first = false;
        if (!writeAll(out, plain.constData(), qint64(plainSize)))
            return Failure::other(
                Error::io(Text::tr("Unpacking the bundle failed (is the disk full?): %1")
                              .arg(out.errorString())));
        if (progress && !progress(size + 4))
            return Failure::cancelled();
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!sealed.atEnd())
                return Failure::integrity(
                    Text::tr("The encrypted bundle was altered: it has bytes after its end."));
            return done();
        }
    }
}

} // namespace habeas::bundle::crypto
