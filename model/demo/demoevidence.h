#pragma once

#include "core/result.h"

namespace habeas {

class Library;

// The demo case's evidence, drawn here rather than shipped: the first-login questionnaire with
// no way to skip it, the privacy policy (a two-page PDF), the marketing SMS and the affiliated
// app's screen, each with capture metadata, regions, and the claims and citations they prove.
// Drawing text needs a QGuiApplication (fonts); without one this does nothing.
Status addDemoEvidence(Library &library, qint64 caseId);

} // namespace habeas
