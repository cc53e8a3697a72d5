#pragma once

#include "core/result.h"

namespace habeas {

class Library;

// What the demo case's letters say (the lawyer's fields: data categories, grounds, periods)
// and how its 律师函 demands each request; after addDemoEvidence, which sets the requests.
Status addDemoLetters(Library &library, qint64 caseId);

} // namespace habeas
