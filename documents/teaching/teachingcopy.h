#pragma once

#include "bundle/casebundle.h"

namespace habeas {
class Library;
}

namespace habeas::teaching {

// The teaching copy (`bundle export --anonymise`, File ▸ Export Teaching Copy…): a case bundle
// any library imports as a normal new case, with no personal data in it.
//  - Every party and person named in the case has a pseudonym (pseudonyms.h) in every text;
//    ID numbers, credit codes, phones, addresses and e-mail addresses are masked.
//  - Each exhibit travels only as a rendering with its redactions burned in, under a neutral
//    name (E1.pdf, E2.png), without metadata (teachingrender.h); its page text is what the
//    rendering still shows, pseudonymised. No original, no audit log, no generated document.
//  - Refused (Input, nothing written) while an exhibit was not reviewed as it is now
//    (teachingreviews.h), while an original's page shows a known identifier outside every
//    redaction, and while any known identifier is still found in anything it would write; the
//    message names each place.
// Runs on any thread, on a Library opened for it.
bundle::Outcome<bundle::Manifest> exportTeachingCopy(Library &library, qint64 caseId,
    const QString &outPath, const bundle::ExportOptions &options,
    const bundle::Progress &progress = {});

} // namespace habeas::teaching
