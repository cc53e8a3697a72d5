#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace habeas {

// The secret key of a library's registers of affected persons: 32 random bytes in the file
// register.key beside library.sqlite (never in the database), so that the database alone — a
// copied file, a backup, one day a PostgreSQL dump — cannot be searched for a person by trying
// every possible ID number. Without the key `register find` cannot match; the statistics
// stay readable.
class RegisterKey final {
public:
    // HMAC-SHA-256, its first 64 bits: a false match among ten million people is a chance of
    // one in a million million; duplicates are told by the ID number itself, never by this.
    using Hash = quint64;
    static const QString kFileName;

    // The library's key; a new one (not yet written) when it has none and `create` is set.
    static Result<RegisterKey> load(const QString &libraryPath, bool create);
    // Writes a new key to its file (owner-only); nothing to do for a key that was loaded.
    Status save() const;

    bool isNew() const { return m_new; }
    // Names the key without revealing it: stored with a register, so a register hashed with
    // another key is told apart rather than silently never matching.
    QString id() const;

    // HMAC-SHA-256(key, kind ":" text), its first 8 bytes as a big-endian number. Thread-safe (the
    // keyed state is copied).
    Hash hash(char kind, const char *text, int length) const;
    Hash idNumberHash(QStringView idNumber) const; // 18 characters, upper case
    Hash phoneHash(QStringView phone) const; // any form; the digits are hashed
    // The digits of a phone number as hashed: separators dropped, a +86/86 country code before
    // a mobile number dropped.
    static QByteArray phoneDigits(QStringView phone);

private:
    QString m_path;
    QByteArray m_key;
    QByteArray m_state; // the HMAC state after the key: copied for each hash
    bool m_new = false;
};

} // namespace habeas
