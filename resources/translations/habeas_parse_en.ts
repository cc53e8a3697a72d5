<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>habeas::Parse</name>
    <message>
        <source>No thumbnail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the parser was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads one evidence file and prints what it holds as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PDF&apos;s password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the text of images and of PDF pages without a text layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a thumbnail (PNG) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read requests (one JSON object a line) from standard input and answer each on a line of standard output, until the input ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
