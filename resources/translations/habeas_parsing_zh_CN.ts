<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>habeas::Parsing</name>
    <message>
        <source>The image cannot be read: its format is not recognised or it is damaged.</source>
        <translation>无法读取图像：无法识别其格式，或图像已损坏。</translation>
    </message>
    <message>
        <source>The image is damaged: a part of it declares more bytes than the file holds.</source>
        <translation>图片已损坏：其中一部分声明的字节数超过了文件本身的大小。</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 megapixels Habeas opens; it was not decoded.</source>
        <translation>该图像声明的尺寸为%1 × %2像素，超过Habeas可打开的%3百万像素上限；未对其解码。</translation>
    </message>
    <message>
        <source>The image declares no pixels.</source>
        <translation>该图像未声明任何像素。</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1不存在或无法读取。</translation>
    </message>
    <message>
        <source>Text recognition is not available: the tesseract program is not installed (%1).</source>
        <translation>文字识别（OCR）不可用：未安装tesseract程序（%1）。</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>已取消文字识别（OCR）。</translation>
    </message>
    <message>
        <source>Text recognition timed out after %1 s.</source>
        <translation>文字识别（OCR）超时（%1秒）。</translation>
    </message>
    <message>
        <source>Text recognition failed: tesseract crashed.</source>
        <translation>文字识别（OCR）失败：tesseract崩溃。</translation>
    </message>
    <message>
        <source>Text recognition is not available: a language it needs (%1) is not installed for tesseract.</source>
        <translation>文字识别（OCR）不可用：tesseract未安装所需的语言（%1）。</translation>
    </message>
    <message>
        <source>Text recognition failed: %1</source>
        <translation>文字识别（OCR）失败：%1</translation>
    </message>
    <message>
        <source>Text recognition is not available: the tesseract language data for %1 is not installed.</source>
        <translation>文字识别（OCR）不可用：未安装%1的tesseract语言数据。</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>This is not a PDF, or the PDF is damaged.</source>
        <translation>该文件不是PDF，或PDF已损坏。</translation>
    </message>
    <message>
        <source>The PDF is encrypted: a password is required to open it.</source>
        <translation>该PDF已加密：需要密码才能打开。</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>该密码无法打开此PDF。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该PDF没有页面。</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>无法读取第%1页。</translation>
    </message>
    <message>
        <source>Rendering was cancelled.</source>
        <translation>已取消渲染。</translation>
    </message>
    <message>
        <source>Page %1 cannot be rendered.</source>
        <translation>无法渲染第%1页。</translation>
    </message>
    <message>
        <source>A redaction is on page %1, which the file does not have.</source>
        <translation>有遮盖区域位于第%1页，但该文件没有此页。</translation>
    </message>
    <message>
        <source>A redaction box on page %1 lies outside the page.</source>
        <translation>第%1页的一个遮盖框超出了页面范围。</translation>
    </message>
    <message>
        <source>The redacted copy cannot be written: the target is not open.</source>
        <translation>无法写入遮盖版副本：目标文件未打开。</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
    <message>
        <source>The redacted copy cannot be written.</source>
        <translation>无法写入遮盖版副本。</translation>
    </message>
    <message>
        <source>The redacted copy cannot be written: %1</source>
        <translation>无法写入遮盖版副本：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The image cannot be written: %1</source>
        <translation>无法写入图像：%1</translation>
    </message>
</context>
<context>
    <name>habeas::RedactedExport</name>
    <message>
        <source>%1 has no redaction region, so a redacted copy would show everything; mark the regions to black out first, or export the original.</source>
        <translation>%1没有遮盖区域，遮盖版副本将显示全部内容；请先标记需要涂黑的区域，或导出原件。</translation>
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation>%1存储的原件缺失或已被改动（与其SHA-256值不再一致）；未导出任何内容。</translation>
    </message>
</context>
</TS>
