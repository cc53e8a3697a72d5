<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Text</name>
    <message>
        <source>%1 (its redactions changed since its review)</source>
        <translation>%1（复核后遮盖区域已变更）</translation>
    </message>
    <message>
        <source>A teaching copy carries only exhibits whose every page was reviewed; not reviewed: %1. Review them in File ▸ Export Teaching Copy…, or record it with `habeas-cli bundle review %2 --exhibit EVIDENCE`.</source>
        <translation>教学副本只收录每一页均已复核的证据；尚未复核：%1。请在“文件 ▸ 导出教学副本…”中复核，或以 `habeas-cli bundle review %2 --exhibit EVIDENCE` 记录复核。</translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFields</name>
    <message>
        <source>The kinds of personal information to see and copy, one a line</source>
        <translation>请求查阅、复制的个人信息种类，每行一项</translation>
    </message>
    <message>
        <source>Also ask for the processing rules to be explained (PIPL 48)</source>
        <translation>同时要求解释说明个人信息处理规则（个人信息保护法第四十八条）</translation>
    </message>
    <message>
        <source>Days the processor has to answer; no law fixes them, the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation>个人信息处理者答复的天数；法律未作规定，由律师确定（或采用本案的权利请求答复期限）</translation>
    </message>
    <message>
        <source>The deceased whose information a close relative asks for (PIPL 49); empty when the client&apos;s own</source>
        <translation>近亲属请求查阅其个人信息的死者（个人信息保护法第四十九条）；请求查阅本人信息时留空</translation>
    </message>
    <message>
        <source>The client&apos;s relation to the deceased (e.g. 儿子, 配偶)</source>
        <translation>委托人与死者的关系（如儿子、配偶）</translation>
    </message>
    <message>
        <source>The client&apos;s own lawful and legitimate interest in the deceased&apos;s information (PIPL 49)</source>
        <translation>委托人查阅死者个人信息的自身合法、正当利益（个人信息保护法第四十九条）</translation>
    </message>
    <message>
        <source>The kinds of personal information to delete, one a line</source>
        <translation>请求删除的个人信息种类，每行一项</translation>
    </message>
    <message>
        <source>The items of PIPL 47(1) the request rests on, e.g. 4 or 1,4</source>
        <translation>请求所依据的个人信息保护法第四十七条第一款的项，如 4 或 1,4</translation>
    </message>
    <message>
        <source>The chronology event recording the withdrawal of consent (needed for item 3)</source>
        <translation>大事记中记载撤回同意的事件（依据第（三）项时必填）</translation>
    </message>
    <message>
        <source>How the processor broke the law or the agreement (needed for item 4)</source>
        <translation>个人信息处理者违反法律、行政法规或者违反约定处理个人信息的事实（依据第（四）项时必填）</translation>
    </message>
    <message>
        <source>The facts as the letter tells them to the addressee (贵方, 委托人), one paragraph a line</source>
        <translation>以函件口吻（贵方、委托人）陈述的基本事实，每段一行</translation>
    </message>
    <message>
        <source>Which rules the addressee broke and why it is liable, one paragraph a line</source>
        <translation>对方违反了哪些规定、为何应当承担责任，每段一行</translation>
    </message>
    <message>
        <source>Days the addressee has to answer in writing; the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation>收函方书面答复的天数，由律师确定（或采用本案的权利请求答复期限）</translation>
    </message>
    <message>
        <source>Who holds the evidence: name and address (EvR 20)</source>
        <translation>被调查人的姓名或者名称、住所地（民事证据规定第二十条）</translation>
    </message>
    <message>
        <source>The evidence the court should collect, one a line</source>
        <translation>请求法院调查收集的证据，每行一项</translation>
    </message>
    <message>
        <source>Why the client cannot collect it (CPLI 94, e.g. held by a state body, or personal privacy)</source>
        <translation>不能自行收集的客观原因（民诉法解释第九十四条，如由国家有关部门保存、涉及个人隐私）</translation>
    </message>
    <message>
        <source>The facts the evidence proves</source>
        <translation>证据要证明的事实</translation>
    </message>
    <message>
        <source>The clear leads to the evidence (EvR 20)</source>
        <translation>调查收集证据的明确线索（民事证据规定第二十条）</translation>
    </message>
    <message>
        <source>The documents or electronic data to be produced, one a line (EvR 45)</source>
        <translation>申请提交的书证或者电子数据，每行一项（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>The facts they prove and why those facts matter (EvR 45)</source>
        <translation>以该书证证明的事实及事实的重要性（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>Why the opponent controls them (EvR 45)</source>
        <translation>对方当事人控制该书证的根据（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>The items of EvR 47(1) that oblige the opponent to produce, e.g. 3</source>
        <translation>对方当事人应当提交书证的情形（民事证据规定第四十七条第一款的项），如 3</translation>
    </message>
    <message>
        <source>Why the opponent must produce them (EvR 45)</source>
        <translation>对方当事人应当提交该书证的理由（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>The evidence to preserve and where it is, one item a line (EvR 25)</source>
        <translation>需要保全的证据及其所在，每行一项（民事证据规定第二十五条）</translation>
    </message>
    <message>
        <source>Why the evidence may be lost or later hard to obtain (CPL 84)</source>
        <translation>证据可能灭失或者以后难以取得的情形（民事诉讼法第八十四条）</translation>
    </message>
    <message>
        <source>The measures asked for: copying, photographs, sealing … (EvR 25)</source>
        <translation>申请采取的保全措施：复制、拍照、查封……（民事证据规定第二十五条）</translation>
    </message>
    <message>
        <source>The security offered, when the measures restrict the holder (EvR 26)</source>
        <translation>保全措施限制证据持有人时提供的担保（民事证据规定第二十六条）</translation>
    </message>
    <message>
        <source>Applied for before the suit, as an urgent matter (CPL 84(2))</source>
        <translation>因情况紧急在提起诉讼前申请（民事诉讼法第八十四条第二款）</translation>
    </message>
    <message>
        <source>The unlawful conduct under way or imminent (Civil Code 997)</source>
        <translation>正在实施或者即将实施的违法行为（民法典第九百九十七条）</translation>
    </message>
    <message>
        <source>The irreparable harm if it is not stopped at once (Civil Code 997)</source>
        <translation>不及时制止将造成难以弥补的损害的情形（民法典第九百九十七条）</translation>
    </message>
    <message>
        <source>What the respondent should be ordered to stop, one a line</source>
        <translation>请求责令被申请人停止的行为，每行一项</translation>
    </message>
    <message>
        <source>The security offered, if any</source>
        <translation>提供的担保（如有）</translation>
    </message>
    <message>
        <source>The article %1 is not in the bundled statutes.</source>
        <translation>内置法规中没有%1。</translation>
    </message>
    <message>
        <source>%1 is yes or no, not &quot;%2&quot;.</source>
        <translation>%1的取值为 yes 或 no，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is a number of days from 1 to 366, not &quot;%2&quot;.</source>
        <translation>%1为1至366之间的天数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 names items of %2 by number, 1 to %3, e.g. &quot;1,4&quot;; not &quot;%4&quot;.</source>
        <translation>%1以项号列明%2的项，取值1至%3，如“1,4”；而不是“%4”。</translation>
    </message>
    <message>
        <source>%1: case %2 has no event %3 on its chronology.</source>
        <translation>%1：案件%2的大事记中没有事件%3。</translation>
    </message>
</context>
<context>
    <name>habeas::Documents</name>
    <message>
        <source>the output is not open</source>
        <translation>输出未打开</translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>设备拒绝写入数据</translation>
    </message>
    <message>
        <source>Unknown document format &quot;%1&quot;.</source>
        <translation>未知的文书格式“%1”。</translation>
    </message>
    <message>
        <source>%1 changed after it was written; it is not recorded.</source>
        <translation>%1在写入后发生了变化；未予登记。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>the zip archive failed (code %1)</source>
        <translation>zip压缩失败（代码%1）</translation>
    </message>
    <message>
        <source>The Word document cannot be written: the output is not open.</source>
        <translation>无法写入Word文档：输出未打开。</translation>
    </message>
    <message>
        <source>Writing the Word document failed: %1</source>
        <translation>写入Word文档失败：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Writing the PDF failed: %1</source>
        <translation>写入PDF失败：%1</translation>
    </message>
    <message>
        <source>The PDF is already finished; no page can be added.</source>
        <translation>PDF已生成完毕，无法再添加页面。</translation>
    </message>
    <message>
        <source>The PDF cannot be started: %1</source>
        <translation>无法开始生成PDF：%1</translation>
    </message>
    <message>
        <source>The PDF cannot get a new page.</source>
        <translation>无法为PDF添加新页面。</translation>
    </message>
    <message>
        <source>The image for the PDF page is empty or unreadable.</source>
        <translation>用于PDF页面的图像为空或无法读取。</translation>
    </message>
    <message>
        <source>The exhibit page is empty or has no size.</source>
        <translation>证据页面为空或没有尺寸。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该PDF没有页面。</translation>
    </message>
    <message>
        <source>The original is missing from the library&apos;s blob store.</source>
        <translation>案件库的证据库中缺少原件。</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>无法读取图像：%1</translation>
    </message>
    <message>
        <source>The case lacks what the evidence bundle needs: %1</source>
        <translation>案件缺少生成证据材料所需的信息：%1</translation>
    </message>
    <message>
        <source>The evidence list&apos;s length does not settle; the bundle cannot be paginated.</source>
        <translation>证据目录的篇幅无法确定，证据材料无法编排页码。</translation>
    </message>
    <message>
        <source>The evidence bundle&apos;s pages no longer match its list at %1; generate it again.</source>
        <translation>证据材料的页面与证据目录在%1处不再一致；请重新生成。</translation>
    </message>
    <message>
        <source>The evidence bundle was cancelled.</source>
        <translation>已取消生成证据材料。</translation>
    </message>
    <message>
        <source>The evidence bundle has no page left to write.</source>
        <translation>证据材料已无可写入的页面。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
</context>
<context>
    <name>habeas::Templates</name>
    <message>
        <source>The template %1 quotes &quot;%2&quot;, which is not in the bundled statutes.</source>
        <translation>模板%1引用了“%2”，但已收录的法律法规中没有该条文。</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>没有模板“%1”。</translation>
    </message>
    <message>
        <source>Cannot generate %1: the case lacks %2. Fill them in, or generate a draft.</source>
        <translation>无法生成%1：案件缺少%2。请补充填写，或生成草稿。</translation>
    </message>
    <message>
        <source>The template %1 is broken at line %2: %3</source>
        <translation>模板%1第%2行有误：%3</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>the template is not valid mustache (%1).</source>
        <translation>模板不是有效的mustache格式（%1）。</translation>
    </message>
    <message>
        <source>the template must start with a {{! … }} header declaring id, name, kind and requires.</source>
        <translation>模板必须以{{! … }}文件头开始，并在其中声明id、name、kind和requires。</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot; in the header.</source>
        <translation>文件头中应为“key: value”格式。</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (court-filing, letter or notice).</source>
        <translation>未知的类型“%1”（应为court-filing、letter或notice）。</translation>
    </message>
    <message>
        <source>unknown required field &quot;%1&quot;.</source>
        <translation>未知的必需字段“%1”。</translation>
    </message>
    <message>
        <source>unknown header key &quot;%1&quot;.</source>
        <translation>未知的文件头键“%1”。</translation>
    </message>
    <message>
        <source>the header lacks &quot;%1:&quot;.</source>
        <translation>文件头缺少“%1:”。</translation>
    </message>
    <message>
        <source>the header declares id &quot;%1&quot; but the file is named %2.</source>
        <translation>文件头声明的id为“%1”，但文件名为%2。</translation>
    </message>
    <message>
        <source>%1 already exists; edit it or remove it first.</source>
        <translation>%1已存在；请编辑该文件，或先将其删除。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
</context>
<context>
    <name>habeas::doc</name>
    <message>
        <source>Gap report</source>
        <translation>证明缺口报告</translation>
    </message>
    <message>
        <source>Elements to prove with no evidence cited (%1)</source>
        <translation>未引用证据的待证构成要件（%1）</translation>
    </message>
    <message>
        <source>None: every element has evidence cited.</source>
        <translation>无：所有构成要件均已引用证据。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>构成要件</translation>
    </message>
    <message>
        <source>Burden</source>
        <translation>举证责任</translation>
    </message>
    <message>
        <source>shifting</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>plaintiff</source>
        <translation>原告</translation>
    </message>
    <message>
        <source>Exhibits cited for no element (%1)</source>
        <translation>未被任何构成要件引用的证据（%1）</translation>
    </message>
    <message>
        <source>None: every exhibit proves an element.</source>
        <translation>无：所有证据均已用于证明构成要件。</translation>
    </message>
    <message>
        <source>Articles not in force at the time of the facts (%1)</source>
        <translation>事实发生时尚未施行或已失效的条文（%1）</translation>
    </message>
    <message>
        <source>None: every article was in force.</source>
        <translation>无：所有条文在当时均有效。</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Pleaded instead</source>
        <translation>改依</translation>
    </message>
    <message>
        <source>nothing: rest it on other law or mark the conduct continuing</source>
        <translation>无：请改依其他法律或将行为标记为持续</translation>
    </message>
</context>
<context>
    <name>habeas::teaching</name>
    <message>
        <source>… and %1 more</source>
        <translation>……另有%1处</translation>
    </message>
    <message>
        <source>The teaching copy would still carry personal data, so nothing was written:
%1</source>
        <translation>教学副本仍会包含个人信息，因此未写入任何内容：
%1</translation>
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation>加密案件包需要口令。</translation>
    </message>
    <message>
        <source>Cannot stage the renderings: %1</source>
        <translation>无法暂存渲染件：%1</translation>
    </message>
    <message>
        <source>%1 page %2 shows %3 outside any redaction</source>
        <translation>%1第%2页在遮盖区域之外显示“%3”</translation>
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); run `library check`.</source>
        <translation>%1的存储原件缺失或已被改动（SHA-256不再一致）；请运行 `library check`。</translation>
    </message>
    <message>
        <source>%1 cannot be rendered for a teaching copy: %2</source>
        <translation>%1无法为教学副本渲染：%2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>无法读回%1：%2</translation>
    </message>
    <message>
        <source>%1: the rendering&apos;s metadata cannot be removed.</source>
        <translation>%1：无法清除渲染件的元数据。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>%1: the rendering cannot be read back</source>
        <translation>%1：无法读回渲染件</translation>
    </message>
    <message>
        <source>%1 file %2: %3</source>
        <translation>%1文件%2：%3</translation>
    </message>
    <message>
        <source>%1 page %2 text layer: %3</source>
        <translation>%1第%2页文字层：%3</translation>
    </message>
</context>
</TS>
