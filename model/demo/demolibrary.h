#pragma once

#include "core/result.h"

namespace habeas {

class Library;

// The canonical case, 罗某 v. the operator of an English-learning app (Beijing Internet Court),
// built through the same store API the window and the CLI use. Returns the new case's id.
// The operator's name, its credit code, the ID number and the phone are invented, valid in form.
Result<qint64> addDemoCase(Library &library);

} // namespace habeas
