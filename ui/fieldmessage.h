#pragma once

#include <QLabel>

namespace habeas {

// The inline message under a form field: hidden when empty, in the palette's error colour.
class FieldMessage final : public QLabel {
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void setMessage(const QString &text);
};

} // namespace habeas
