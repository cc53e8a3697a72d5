#pragma once

#include "bundle/bundleformat.h"

#include <QByteArray>
#include <QIODevice>

namespace habeas::bundle::crypto {

// An encrypted bundle, and the only file that uses libsodium: a header, then the ZIP archive
// in chunks of libsodium's secretstream (XChaCha20-Poly1305) under a key derived from the
// passphrase with Argon2id.
//
//   offset  size  field (integers little-endian)
//        0     8  magic "HABSBNDL"
//        8     1  version (1)
//        9     1  algorithm (1: Argon2id v1.3 + secretstream XChaCha20-Poly1305)
//       10     8  Argon2id opslimit
//       18     8  Argon2id memlimit (bytes)
//       26    16  salt
//       42    24  secretstream header
//       66     …  chunks: a 4-byte ciphertext length, then the ciphertext of up to 64 KiB
//
// The first chunk authenticates bytes 0–41 as additional data; the last carries the FINAL
// tag, so a truncated file, a wrong passphrase and any changed byte are all detected.
inline constexpr int kMagicSize = 8;
inline constexpr int kVersion = 1;

bool hasMagic(const QByteArray &firstBytes);

// Streams `plain` (from its current position to its end) into `out`. `progress` sees each
// chunk's plaintext size and returns false to cancel.
Done encrypt(QIODevice &plain, QIODevice &out, const QByteArray &passphrase,
    const std::function<bool(qint64)> &progress);
// The reverse; fails (integrity) on a wrong passphrase, any altered byte, or a missing end.
Done decrypt(QIODevice &sealed, QIODevice &out, const QByteArray &passphrase,
    const std::function<bool(qint64)> &progress);

} // namespace habeas::bundle::crypto
