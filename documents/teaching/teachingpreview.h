#pragma once

#include "teachingrender.h"

#include <QImage>
#include <QList>

#include <atomic>

namespace habeas::teaching {

// Every page of an exhibit as the teaching copy will show it — its redactions painted black —
// scaled to `height` pixels, for the review checklist. A page that cannot be rendered comes
// back as a null image. Runs on any thread; stops early (returning what it has) on `cancel`.
QList<QImage> previewPages(
    const ExhibitPlan &exhibit, int height, const std::atomic_bool *cancel = nullptr);

} // namespace habeas::teaching
