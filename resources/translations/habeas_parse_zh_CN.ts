<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>habeas::Parse</name>
    <message>
        <source>No thumbnail: %1</source>
        <translation>未生成缩略图：%1</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第%1页：%2</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>The request to the parser was not understood.</source>
        <translation>解析程序无法理解该请求。</translation>
    </message>
    <message>
        <source>Reads one evidence file and prints what it holds as one JSON object.</source>
        <translation>读取一个证据文件，并以一个 JSON 对象输出其内容。</translation>
    </message>
    <message>
        <source>The PDF&apos;s password.</source>
        <translation>PDF 文件的密码。</translation>
    </message>
    <message>
        <source>Read the PDF&apos;s password from standard input.</source>
        <translation>从标准输入读取 PDF 文件的密码。</translation>
    </message>
    <message>
        <source>Recognise the text of images and of PDF pages without a text layer.</source>
        <translation>识别图片以及无文字层的 PDF 页面中的文字。</translation>
    </message>
    <message>
        <source>Write a thumbnail (PNG) to this file.</source>
        <translation>将缩略图（PNG）写入此文件。</translation>
    </message>
    <message>
        <source>Read requests (one JSON object a line) from standard input and answer each on a line of standard output, until the input ends.</source>
        <translation>从标准输入读取请求（每行一个 JSON 对象），并在标准输出中逐行作答，直至输入结束。</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>要读取的文件。</translation>
    </message>
</context>
</TS>
