#include "fieldmessage.h"

namespace habeas {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    setPalette(p);
    setVisible(false);
}

void FieldMessage::setMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace habeas
