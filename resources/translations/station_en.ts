<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/pages/coop/accounts.py" line="+32"/>
        <source>社员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>面积/株数</source>
        <translation>Land/trees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入社</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记账欠款</source>
        <translation>Owed on account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索社员：姓名或手机号</source>
        <translation>Search members: name or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部社员</source>
        <translation>All members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有欠款的</source>
        <translation>Owing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>结算欠款…</source>
        <translation>Settle account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印对账单</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从村民登记里找这户</source>
        <translation>Find the household in the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入社农户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>入社日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>面积或株数</source>
        <translation>Land or trees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>加入合作社</source>
        <translation>Join the cooperative</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请先在左边选中一位社员</source>
        <translation>Choose a member on the left first</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}农资对账单</source>
        <translation>{0} supplies statement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} 已加入合作社</source>
        <translation>{0} joined the cooperative</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/pages/parcels/dialogs.py" line="+63"/>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>AdvancesPage</name>
    <message>
        <location filename="../../ui/pages/advances/__init__.py" line="+36"/>
        <location line="+77"/>
        <source>垫付</source>
        <translation>Advances</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>＋ 新垫付</source>
        <translation>+ New advance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点先替村民垫钱：选村民（或当场登记）和还款人，再填金额</source>
        <translation>The station pays for a villager: pick the villager (or register them here) and who repays, then the amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>欠款户（最早欠的在前）</source>
        <translation>Owing (oldest debt first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年底收款名单</source>
        <translation>Year-end list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚欠</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最早欠款</source>
        <translation>Oldest debt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>还款人</source>
        <translation>Repayer</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>搜索村民、还款人、手机尾号</source>
        <translation>Name or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>欠款户</source>
        <translation>Owing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部垫付户</source>
        <translation>All households</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还款</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>打印对账单</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还款提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作废所选还款</source>
        <translation>Void repayment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先在上面的明细里选中一笔还款</source>
        <translation>First select a repayment in the details above</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例如 200</source>
        <translation>e.g. 200</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还款金额</source>
        <translation>Amount repaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>收还款（Enter）</source>
        <translation>Take repayment (Enter)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>请在左边选一户，查看对账单、收还款</source>
        <translation>Pick a household on the left to see its statement or take a repayment</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>还款人：{0}（{1}）&#x3000;电话 {2}</source>
        <translation>Repayer: {0} ({1})&#x3000;Tel. {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ 没有登记还款人（记下一笔垫付时可以当场填上，或在“村民”页添加）</source>
        <translation>⚠ No repayer registered (name one with the next advance, or on the Villagers page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还款人姓名</source>
        <translation>Repayer&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚欠 {0}</source>
        <translation>Owes {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大写：{0}&#x3000;共垫付 {1}，已还 {2}</source>
        <translation>In words: {0}&#x3000;Advanced {1} in all, repaid {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>还款（{0}，{1}）</source>
        <translation>Repayment ({0}, {1})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>收到 {0} 为 {1} 还垫付款，{2}。先抵最早的欠款。</source>
        <translation>Received from {0} to repay advances for {1}, by {2}. The oldest debts are paid off first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未填还款人）</source>
        <translation>(repayer not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对还款金额和还款人</source>
        <translation>Check the amount and repayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确认收款（Enter）</source>
        <translation>Confirm payment (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ 已收 {0} 还款 {1}。</source>
        <translation>✓ Received a repayment of {1} from {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结清：{0}。</source>
        <translation>Cleared: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>部分还上：{0} {1}，还差 {2}。</source>
        <translation>Partly repaid: {0} {1}, {2} still owed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 现在还欠 {1}。</source>
        <translation>{0} now owes {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已收 {0} 还款 {1}</source>
        <translation>Received a repayment of {1} from {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} {1} {2}</source>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已作废还款 {0}</source>
        <translation>Repayment of {0} voided</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>对账单{0}</source>
        <translation>Statement {0}</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="+126"/>
        <source>代办员（AB岗）</source>
        <translation>Agents (A post and B post)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>A岗姓名</source>
        <translation>Agent A name</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A岗密码</source>
        <translation>Agent A password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>再输一遍</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>B岗姓名（可不填）</source>
        <translation>Agent B name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B岗密码</source>
        <translation>Agent B password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>密码为4到8位数字，登录和换班时使用。</source>
        <translation>Passwords are 4 to 8 digits, used to log in and to switch agents.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>两次输入的密码不一样</source>
        <translation>The two PINs are not the same</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两位代办员的姓名不能相同</source>
        <translation>The two agents must have different names</translation>
    </message>
</context>
<context>
    <name>AgentsTab</name>
    <message>
        <location filename="../../ui/pages/team/agents.py" line="+28"/>
        <source>每个服务站设A岗、B岗两位代办员，保证开放时间至少一人在岗。密码只存在本机；忘了密码由当班同事重设，只有一人时在登录窗口点“忘记密码”，用镇中心的重置码。</source>
        <translation>Every station has two agents, post A and post B, so someone is always on duty in opening hours. PINs stay on this PC: a forgotten PIN is reset by the colleague on duty; someone alone uses “Forgot PIN” at the login with the town&apos;s reset code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>代办员</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加入</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>设为A岗</source>
        <translation>Make post A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设为B岗</source>
        <translation>Make post B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不定岗</source>
        <translation>No post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗停用…</source>
        <translation>Left the station…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>新增代办员…</source>
        <translation>New agent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改我的密码…</source>
        <translation>Change my PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮同事重设密码…</source>
        <translation>Reset a colleague&apos;s PIN…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>在岗</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已离岗</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当班</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>请先在列表里选中一位代办员</source>
        <translation>Choose an agent in the list first</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} 的岗位已改</source>
        <translation>{0}&apos;s post changed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} 已离岗停用，他登记的记录仍然署他的名</source>
        <translation>{0} can no longer log in; their records keep their name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 离开服务站后不能再登录，已登记的记录仍然署他的名。确定吗？</source>
        <translation>Once {0} has left they can no longer log in; their records keep their name. Go ahead?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗停用</source>
        <translation>Left the station</translation>
    </message>
</context>
<context>
    <name>BoardPrint</name>
    <message>
        <location filename="../../ui/pages/town_word/printouts.py" line="+17"/>
        <source>镇便民服务中心&#x3000;{0}</source>
        <translation>Town service centre    {0}</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../ui/town/pages/workdays.py" line="+30"/>
        <source>节假日（不上班）</source>
        <translation>Holiday (no work)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>例如 春节</source>
        <translation>e.g. Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发布这一天</source>
        <translation>Publish this day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只记周一到周五以外的例外：放假的工作日、调休上班的周末。各站下次同步时收到，承诺时限按新日历计算。</source>
        <translation>Only exceptions to Monday–Friday: weekday holidays and make-up working weekends. Stations receive them at their next sync; deadlines follow the new calendar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>今天以后的例外日期</source>
        <translation>Exceptions from today on</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}  {1}  {2}</source>
        <translation>{0}  {1}  {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今天以后还没有例外日期：周一到周五上班，周末休息。</source>
        <translation>No exceptions from today on: Monday to Friday are working days, weekends are off.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} 已发布为{1}</source>
        <translation>{0} published as {1}</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../ui/pages/cases/detail.py" line="+43"/>
        <source>← 返回列表</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请村民评价这次代办</source>
        <translation>Ask the villager to rate this case</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>办理进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改为“待补正”时必须写明缺什么</source>
        <translation>Required for &quot;Correction needed&quot;: say what is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是镇中心窗口通知的（如电话告知）</source>
        <translation>The town centre window told us (e.g. by phone)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>打印告知单</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办不完时延长期限：写明原因，并通知村民</source>
        <translation>When it cannot be done in time: extend, with the reason, and tell the villager</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>还缺的材料</source>
        <translation>Missing materials</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>登记村民补交的材料</source>
        <translation>Record materials handed in later</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>村民：{0}&#x3000;事项：{1} {2}
收件：{3}&#x3000;办结期限：{4}&#x3000;{5}</source>
        <translation>Villager: {0}&#x3000;Matter: {1} {2}
Received: {3}&#x3000;Due: {4}&#x3000;{5}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⇦ 镇中心</source>
        <translation>⇦ Town centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&#x3000;说明：{0}</source>
        <translation>&#x3000;Note: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>改为“{0}”</source>
        <translation>Set to &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>这件代办已经“{0}”，办理结束。</source>
        <translation>This case is &quot;{0}&quot;: it is closed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>【必需】</source>
        <translation>[Required] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>【容缺·可后补】</source>
        <translation>[May follow later] </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>材料：✓ 已经齐全</source>
        <translation>Materials: ✓ complete</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>撤回代办件</source>
        <translation>Withdraw case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定撤回代办件 {0}（{1}）吗？撤回后不能恢复。</source>
        <translation>Withdraw case {0} ({1})? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>代办件 {0} 已改为“{1}”</source>
        <translation>Case {0} set to &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已登记补交：{0}；还缺 {1} 项必需材料</source>
        <translation>Recorded as handed in: {0}; {1} required material(s) still missing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已延期到 {0}，并通知村民</source>
        <translation>Extended to {0}; the villager is told</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>告知单-{0}</source>
        <translation>Notice-{0}</translation>
    </message>
</context>
<context>
    <name>CasePrintouts</name>
    <message>
        <location filename="../../ui/printouts_cases.py" line="+49"/>
        <source>村民签字：____________</source>
        <translation>Villager&apos;s signature: ____________</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办员签字：____________</source>
        <translation>Agent&apos;s signature: ____________</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期：______年____月____日</source>
        <translation>Date: ____________</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请保管好本告知单，凭代办编号可到服务站或打电话查询办理进度。</source>
        <translation>Keep this notice. With the case number you can ask about progress at the station or by phone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次性告知单</source>
        <translation>One-time notice of missing materials</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../ui/pages/cases/common.py" line="+17"/>
        <source>待送达</source>
        <translation>To deliver</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases/__init__.py" line="+28"/>
        <source>代办</source>
        <translation>Agency cases</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>代办编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未完结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ 临近或超期</source>
        <translation>⚠ Due soon or overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索：编号、姓名、手机尾号或事项</source>
        <translation>Case no., name, phone or matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建代办件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交接单…</source>
        <translation>Hand-over sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这趟带到镇里的材料：列表、打印、双方签字</source>
        <translation>The files carried to town this trip: list, print, both sides sign</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>代办 · 新建代办件</source>
        <translation>Agency cases · New case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>代办 · 办理详情</source>
        <translation>Agency cases · Case details</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="+71"/>
        <source>服务目录</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>在左边选一个事项，这里显示它的六公开内容</source>
        <translation>Pick a matter on the left to see its published details here</translation>
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <location line="-54"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}（⏸ 暂停受理）</source>
        <translation>{0} (⏸ paused)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索：事项名称、编号、窗口或服务对象</source>
        <translation>Search: item, code, window or who it serves</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⏸ 这个事项暂停受理，请向镇便民服务中心询问</source>
        <translation>⏸ This service is paused; ask the town service centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>容缺，可先办后补</source>
        <translation>May follow later</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>是否必需</source>
        <translation>Required?</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/dialogs/pins.py" line="+60"/>
        <source>修改我的密码</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}：先输入原密码。</source>
        <translation>{0}: type your current PIN first.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原密码</source>
        <translation>Current PIN</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../ui/pages/parcels/checkin.py" line="+52"/>
        <source>扫描快递单号 → 输入收件人手机尾号或姓名 → 按回车入库</source>
        <translation>Scan the tracking no. → type the recipient&apos;s phone last 4 or name → Enter to check in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>扫码枪扫描，或手工输入</source>
        <translation>Scan it, or type it in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>快递公司</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名、手机号或尾号4位</source>
        <translation>Name, mobile or last 4 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>送货上门（老人、行动不便）</source>
        <translation>Deliver to door (elderly, limited mobility)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>入库（回车）</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空（Esc）</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>最近入库（最新的在最上面）</source>
        <translation>Recent check-ins (newest first)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>取件码会显示在这里</source>
        <translation>The pickup code appears here</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取件通知（可复制发短信或微信）：</source>
        <translation>Pickup notice (copy it into an SMS or WeChat):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>复制通知</source>
        <translation>Copy notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印取件单</source>
        <translation>Print pickup slip</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>可能是 {0}，请选择快递公司</source>
        <translation>Probably {0}: please choose the courier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法从单号识别快递公司，请选择</source>
        <translation>Courier not recognised from the number: please choose</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>有 {0} 位村民符合：按回车选高亮的一位，或用 ↑↓ 换一位</source>
        <translation>{0} villagers match: Enter takes the highlighted one, ↑↓ picks another</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有 {0} 位村民符合，请用 ↑↓ 选中后按回车；都不是就再按一次回车，按填写的姓名入库</source>
        <translation>{0} villagers match: pick one with ↑↓ and press Enter; if none is right, press Enter again to check in under the name typed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已入库，取件码：</source>
        <translation>Checked in. Pickup code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&#x3000;⚠ 送货上门</source>
        <translation>&#x3000;⚠ Deliver to door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}&#x3000;{1}&#x3000;放{2}{3}</source>
        <translation>{0}&#x3000;{1}&#x3000;Put on: {2}{3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已入库：{0}，取件码 {1}</source>
        <translation>Checked in: {0}, pickup code {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>取件通知已复制，可以粘贴到短信或微信</source>
        <translation>Pickup notice copied: paste it into an SMS or WeChat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>取件单-{0}</source>
        <translation>Pickup slip-{0}</translation>
    </message>
</context>
<context>
    <name>ColleagueResetDialog</name>
    <message>
        <location filename="../../ui/dialogs/pins.py" line="+10"/>
        <source>帮同事重设密码</source>
        <translation>Reset a colleague&apos;s PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 忘了密码：由当班的 {1} 给他设一个新密码，告诉他本人，他登录后再自己改。这次重设会报给镇中心。</source>
        <translation>{0} forgot their PIN: {1}, on duty, sets a new one, tells them, and they change it after logging in. The town is told of the reset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重设</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../ui/pages/advances/dialogs.py" line="+73"/>
        <location line="+4"/>
        <source>年底收款名单</source>
        <translation>Year-end collection list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>截至所选年底的垫付，已还的钱先抵最早的欠款。</source>
        <translation>Advances up to the end of the chosen year; repayments go to the oldest debts first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还款人</source>
        <translation>Repayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>往年</source>
        <translation>Earlier years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最早欠款</source>
        <translation>Oldest debt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印名单（A4）</source>
        <translation>Print list (A4)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>共 %n 户，合计 {0}</source>
        <translation>
            <numerusform>%n household, total {0}</numerusform>
            <numerusform>%n households, total {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}年垫付收款名单</source>
        <translation>Advance collection list {0}</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/payments/dialogs.py" line="+41"/>
        <source>返回修改（Esc）</source>
        <translation>Go back (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确认保存（Enter）</source>
        <translation>Confirm and save (Enter)</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../ui/pages/villagers/editor.py" line="+137"/>
        <location line="+52"/>
        <source>先在左边选一位村民</source>
        <translation>First pick a villager on the left</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+9"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>还垫付款</source>
        <translation>Repays advances</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ 负责还款</source>
        <translation>✓ Repays</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>由他/她负责还垫付款</source>
        <translation>This person repays the advances</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>改为新增</source>
        <translation>Add new instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不改选中的联系人，清空表格另加一位</source>
        <translation>Leave the chosen contact as it is; clear the form to add another</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}的家属联系人</source>
        <translation>Family contacts of {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已添加联系人：{0}</source>
        <translation>Contact added: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已修改联系人：{0}</source>
        <translation>Contact corrected: {0}</translation>
    </message>
</context>
<context>
    <name>CoopPage</name>
    <message>
        <location filename="../../ui/pages/coop/__init__.py" line="+23"/>
        <source>合作社</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>合作社服务台还没有开启。本村有合作社加入服务站的，可以在这里开启（也可在“设置”里开关）。</source>
        <translation>The cooperative&apos;s desk is off. If the village cooperative works through this station, switch it on here (or in Settings).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>开启合作社服务台</source>
        <translation>Switch the cooperative&apos;s desk on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>发放农资</source>
        <translation>Hand out supplies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社员与账户</source>
        <translation>Members and accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>技术服务</source>
        <translation>Technical services</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>合作社服务台已开启</source>
        <translation>The cooperative&apos;s desk is on</translation>
    </message>
</context>
<context>
    <name>CoopPrint</name>
    <message>
        <location filename="../../ui/pages/coop/printouts.py" line="+17"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>摘要</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结余欠款</source>
        <translation>Owed after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入社</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社员签字：__________&#x3000;&#x3000;经办人：__________</source>
        <translation>Member&apos;s signature: __________    Agent: __________</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（已作废：{0}）</source>
        <translation> (voided: {0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>农资对账单</source>
        <translation>Supplies statement</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages.py" line="+20"/>
        <source>请填写{label}</source>
        <translation>Please fill in {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不能超过{max_len}个字</source>
        <translation>{label} can be at most {max_len} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}只能是：{names}</source>
        <translation>{label} must be one of: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额不能超过{wan}万元，请核对</source>
        <translation>The amount cannot exceed {wan}0,000 yuan; please check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码不对，还可以再试 {left} 次</source>
        <translation>Wrong PIN; {left} more tries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号太短（至少{digits}位），请核对</source>
        <translation>Tracking number too short (at least {digits} characters); please check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号太长（最多{digits}位），请核对</source>
        <translation>Tracking number too long (at most {digits} characters); please check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单号 {tracking} 已经入库了，取件码 {pickup_code}</source>
        <translation>{tracking} is already on the shelf, pickup code {pickup_code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还款金额超过欠款（目前欠{owed}）</source>
        <translation>The repayment is more than is owed (owed now: {owed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel}{kind} {variance}，请写明原因</source>
        <translation>{channel} {kind} {variance}: please give the reason</translation>
    </message>
    <message>
        <location filename="../../ui/core_sentences.py" line="+16"/>
        <source>手机号应为11位数字，以1开头</source>
        <translation>A mobile number has 11 digits and starts with 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写手机号</source>
        <translation>Please fill in the mobile number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号应为11位数字，或面单上的 138****5678，或尾号4位</source>
        <translation>A mobile number of 11 digits, the label&apos;s 138****5678, or its last 4 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号应为18位，最后一位可以是X</source>
        <translation>An ID number has 18 characters; the last may be X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期不对</source>
        <translation>The birth date in the ID number is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验位不对，请核对</source>
        <translation>The ID number&apos;s check digit is wrong; please check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额应为数字，例如 12.50</source>
        <translation>The amount should be a number, e.g. 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写金额</source>
        <translation>Please fill in the amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额必须大于0</source>
        <translation>The amount must be more than 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额最多两位小数</source>
        <translation>At most two decimals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码应为4到8位数字</source>
        <translation>A PIN is 4 to 8 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请扫描或填写快递单号</source>
        <translation>Scan or type the tracking number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号中间不能有空格</source>
        <translation>No spaces inside a tracking number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号只能包含字母和数字</source>
        <translation>A tracking number has letters and digits only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别快递公司，请选择</source>
        <translation>The courier is not known from the number; please choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这位村民目前没有欠款</source>
        <translation>This villager owes nothing now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点垫付要先选村民，才能记到他家的垫付账上</source>
        <translation>A station advance needs a villager picked first, to book it to the household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没到的日子不能日结</source>
        <translation>A day still to come cannot be closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留存到明天的现金不能多于清点的现金</source>
        <translation>Cash kept for tomorrow cannot be more than the cash counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这笔缴费已经作废过了</source>
        <translation>This payment is already voided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先选村民，或登记新村民</source>
        <translation>Choose a villager first, or register a new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这笔还款</source>
        <translation>Repayment not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这笔垫付已经有还款，作废后还款会多于欠款；请先作废多出的还款记录</source>
        <translation>This advance already has repayments: voiding it would leave more repaid than owed; void the extra repayments first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这笔垫付</source>
        <translation>Advance not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这笔垫付来自一笔代缴费，请作废那笔缴费记录</source>
        <translation>This advance came from a bill payment: void that payment instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这位村民目前没有欠款，不需要发提醒</source>
        <translation>This villager owes nothing at the moment; no reminder needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重置码不对、已用过或已过期；请向镇中心要新的</source>
        <translation>The reset code is wrong, used or expired; ask the town for a new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原密码不对</source>
        <translation>The old PIN is wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码不能和原密码一样</source>
        <translation>The new PIN must differ from the old one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自己的密码请用“修改密码”，要输入原密码</source>
        <translation>For your own PIN use &quot;Change PIN&quot;, which asks for the old one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇中心还没有给这位代办员发重置码，或还没同步到本站</source>
        <translation>The town has not issued a reset code for this agent, or it has not synced to this station yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位只能是A岗或B岗</source>
        <translation>The post can only be A or B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这位代办员在这台电脑上还没有密码，请先设置</source>
        <translation>This agent has no PIN on this PC yet; set one first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是本站唯一的代办员，请先增加一位再让他离岗</source>
        <translation>This is the station&apos;s only agent: add another before letting them leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先选择当班代办员</source>
        <translation>Choose the agent on duty first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这位代办员</source>
        <translation>No such agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这位代办员已经设置过密码</source>
        <translation>This agent has already set a PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有数据，无需备份</source>
        <translation>No data yet, nothing to back up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是完整的服务站备份</source>
        <translation>This file is not a complete station backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份来自更新版本的程序，请先升级</source>
        <translation>This backup comes from a newer version of the program; upgrade first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是服务站的备份</source>
        <translation>This file is not a station backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这件代办</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理方只能是服务站或镇中心</source>
        <translation>The case can only be handled by the station or by the town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请写明需要补正什么材料</source>
        <translation>Write down which materials need correcting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务目录里没有这个事项</source>
        <translation>This item is not in the service catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办员应写成 姓名:密码，例如 王秀英:1234</source>
        <translation>Write agents as name:PIN, e.g. Wang:1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这位社员</source>
        <translation>No such member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择社员</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这种农资</source>
        <translation>No such supply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这户已经是合作社社员了</source>
        <translation>This household is already a member of the cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这户已经退社了</source>
        <translation>This household has already left the cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退社日期不能早于入社日期</source>
        <translation>The leaving date cannot be before the joining date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要作废的记录不存在</source>
        <translation>The record to void does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请勾选参加培训的社员</source>
        <translation>Tick the members who attended the training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这次培训</source>
        <translation>No such training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这位社员已在名单上</source>
        <translation>This member is already on the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这条求助</source>
        <translation>No such request for help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这条求助已经记录过到田指导</source>
        <translation>A field visit has already been recorded for this request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到田日期不能早于提出日期</source>
        <translation>The visit date cannot be before the date it was asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这次发放（或已作废）</source>
        <translation>Hand-out not found (or already voided)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这次发放有退回记录，请先作废退回</source>
        <translation>This hand-out has returns: void the returns first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这笔记账已经结算过了，作废后社员就多付了钱；请先作废相应的结算</source>
        <translation>This account has already been settled: voiding it would mean the member overpaid; void the settlement first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择要日结的日期</source>
        <translation>Choose the day to close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这条日结记录</source>
        <translation>Daily close not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期应写成 2026-12-10</source>
        <translation>Write dates as 2026-12-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班记录的类型不对</source>
        <translation>Wrong kind of duty record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择要上交的缴费</source>
        <translation>Choose the payments to pay over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个户号已经记下了</source>
        <translation>This account number is already recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这笔缴费已作废</source>
        <translation>This payment has been voided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这笔缴费已经有凭证号了</source>
        <translation>This payment already has a voucher number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有的缴费已经上交过、已作废或不存在，请刷新后重选</source>
        <translation>Some payments were already paid over, voided or are gone; refresh and choose again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价来源不对</source>
        <translation>Wrong rating source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要评价的服务记录不存在</source>
        <translation>The service to rate does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择满意程度（非常满意到非常不满意）</source>
        <translation>Choose how satisfied (very satisfied to very dissatisfied)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这项服务已经评价过了</source>
        <translation>This service has already been rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意时请记下村民的意见，便于回访整改</source>
        <translation>When dissatisfied, write down what the villager said, for the call-back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这个回访任务</source>
        <translation>Call-back not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个回访已经完成了</source>
        <translation>This call-back is already done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择要带到镇里的代办件</source>
        <translation>Choose the cases to carry to the town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这张交接单</source>
        <translation>No such hand-over sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这封信没有附件</source>
        <translation>This letter has no attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>读不了这个文件</source>
        <translation>Cannot read this file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件损坏</source>
        <translation>The attachment is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额必须是以分为单位的整数</source>
        <translation>Amounts must be whole numbers of fen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管天数应为1到90之间的整数</source>
        <translation>Days kept must be a whole number from 1 to 90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管天数应为不小于0的整数</source>
        <translation>Days kept must be a whole number, 0 or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这件快递</source>
        <translation>Parcel not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话应为11位手机号，或带区号的座机号</source>
        <translation>The phone must be an 11-digit mobile number, or a landline with its area code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这笔缴费记录</source>
        <translation>Payment not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分页参数不对</source>
        <translation>Wrong paging parameters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这一层的取件码已用完，请换一层</source>
        <translation>This layer&apos;s pickup codes are used up; use another layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定层时也要指定货架</source>
        <translation>Give the shelf too when giving the layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这位村民</source>
        <translation>Villager not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约时间不能早于现在</source>
        <translation>The appointment cannot be in the past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这个预约</source>
        <translation>Appointment not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择：已办、未到或已取消</source>
        <translation>Choose: done, did not come, or cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联的记录不存在</source>
        <translation>The linked record does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约时间格式不对</source>
        <translation>Wrong appointment time format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这类记录登记后不能修改；登记错了请作废后重新登记</source>
        <translation>Records of this kind cannot be changed once recorded; void it and record it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这个服务日</source>
        <translation>No such service day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个服务日没有安排在本站</source>
        <translation>This service day is not scheduled at this station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个服务日已取消</source>
        <translation>This service day has been cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个服务日已经过去了</source>
        <translation>This service day is over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这一天不办理这个事项</source>
        <translation>This item is not handled on that day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民没有来，不能转为代办件</source>
        <translation>The villager did not come: this cannot become a case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这个报名</source>
        <translation>No such sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这位村民已经报名了这个事项</source>
        <translation>This villager has already signed up for this item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个报名已经取消了</source>
        <translation>This sign-up has been cancelled already</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已经记录了办理结果，不能再取消</source>
        <translation>The outcome is recorded: it can no longer be cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个报名已经记录过办理结果</source>
        <translation>An outcome has already been recorded for this sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务日还没到，不能记录结果</source>
        <translation>The service day has not come yet: no outcome can be recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端口名不对，例如 COM3 或 /dev/ttyUSB0</source>
        <translation>Wrong port name, e.g. COM3 or /dev/ttyUSB0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用本站短信猫发送时，请填短信猫的端口</source>
        <translation>To send with the station&apos;s modem, give the modem&apos;s port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>催领天数应为1到30天</source>
        <translation>Reminder days must be from 1 to 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点编号应为2到12位大写字母或数字，以字母开头</source>
        <translation>The station code must be 2 to 12 capital letters or digits, starting with a letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少要登记一位代办员</source>
        <translation>Register at least one agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写营业时间</source>
        <translation>Give the opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>营业日应为1到7的数字（1是星期一）</source>
        <translation>Opening days must be numbers 1 to 7 (1 is Monday)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站电话只能有数字和短横线，如 0379-67901234</source>
        <translation>The station phone can only have digits and dashes, e.g. 0379-67901234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>营业时间应写成 08:30-12:00,14:30-17:30</source>
        <translation>Write opening hours as 08:30-12:00,14:30-17:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>营业时间的各段要从早到晚，且每段结束晚于开始</source>
        <translation>Opening-hour periods must run from early to late, each ending after it starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站尚未初始化</source>
        <translation>The station has not been set up yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额和数量不能是小数形式保存</source>
        <translation>Amounts and quantities cannot be stored as decimals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写事项编号</source>
        <translation>Give the item code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项编号只能用字母、数字和短横线，2到16位，如 MZ-08</source>
        <translation>Item codes are 2 to 16 letters, digits and dashes, e.g. MZ-08</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信通道只能是本站短信猫或镇中心短信</source>
        <translation>The SMS channel can only be the station&apos;s modem or the town&apos;s SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这种通知</source>
        <translation>No such kind of notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只能标记为已复制或已打印</source>
        <translation>Can only be marked as copied or printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这条通知</source>
        <translation>No such message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个身份证号已经登记过了</source>
        <translation>This ID card number is already registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择与村民的关系</source>
        <translation>Choose the relation to the villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这位联系人</source>
        <translation>Contact not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这条记录已经作废过了</source>
        <translation>This record has already been voided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不完整，请重新导出</source>
        <translation>The file is incomplete; export it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是本程序写的同步文件</source>
        <translation>This is not a sync file written by this program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件在导入时被改动了，已全部撤销；请重新导入</source>
        <translation>The file changed while it was imported; everything was undone; import it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件的签名不对：不是该站用自己的密钥写的，或被改动过</source>
        <translation>The file&apos;s signature is wrong: not written by that station with its own key, or changed since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件内容与清单不符（被改动或不完整）</source>
        <translation>The file&apos;s contents do not match its manifest (changed or incomplete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件已损坏，不是完整的同步文件，请重新导出</source>
        <translation>The file is damaged, not a complete sync file; export it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件里有一行太长，不是本程序写的同步文件</source>
        <translation>A line in the file is too long: not a sync file written by this program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件里的编号格式不对</source>
        <translation>The numbers in the file are in the wrong format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件太大，不是本程序写的同步文件</source>
        <translation>The file is too large: not a sync file written by this program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不完整（可能没拷完就拔了U盘），请重新导出</source>
        <translation>The file is incomplete (the USB stick may have been pulled out too soon); export it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这一批已经导入过了，或不是待审核的数据</source>
        <translation>This batch has already been imported, or is not waiting for review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有集线器数据，无需备份</source>
        <translation>No hub data yet, nothing to back up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不加密的 http 会让服务站密钥在网上明文传送：请加 --tls，或确需时先运行 station-hub plain-http on</source>
        <translation>Plain http sends the stations&apos; keys unencrypted over the network: add --tls, or if it must be, run station-hub plain-http on first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件里的恢复位置格式不对</source>
        <translation>The recovery position in the file is in the wrong format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件里的记录格式不对</source>
        <translation>The records in the file are in the wrong format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请给出 --hub 地址和 --code 登记码，或 --file 登记文件</source>
        <translation>Give --hub address and --code enrolment code, or --file enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本站还没有在镇中心登记，请先运行 station-app enroll</source>
        <translation>This station is not enrolled with the town yet; run station-app enroll first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本站没有设置镇中心地址（只用U盘同步）；请用 enroll --hub 设置</source>
        <translation>This station has no town address (USB sync only); set one with enroll --hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请给出镇中心地址和登记码</source>
        <translation>Give the town&apos;s address and the enrolment code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是镇中心的登记文件</source>
        <translation>This is not the town&apos;s enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请给出镇中心地址、站点编号和登记码，或选择登记文件</source>
        <translation>Give the town&apos;s address, the station code and the enrolment code, or choose an enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>读不了这个登记文件</source>
        <translation>Cannot read this enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇中心地址应写成 https://地址:端口</source>
        <translation>Write the town&apos;s address as https://address:port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复文件的内容格式不对</source>
        <translation>The reply file&apos;s contents are in the wrong format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出文件应以 .xlsx 或 .csv 结尾</source>
        <translation>Export files must end in .xlsx or .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两次输入的密码不一样</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期应写成 2026-11-27</source>
        <translation>Write dates as 2026-11-27</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天数应为1到3660</source>
        <translation>Days must be from 1 to 3660</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这张交接单的明细还没有同步到镇中心，请等该站再同步一次</source>
        <translation>This hand-over sheet&apos;s lines have not reached the town yet; wait for the station&apos;s next sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要回复的信不是这个服务站的</source>
        <translation>The letter to reply to is not this station&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请至少选一个服务站，或者发给全部服务站</source>
        <translation>Choose at least one station, or send it to all stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这条通知，或已撤回</source>
        <translation>No such notice, or it was withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期应写成 2026-11-23</source>
        <translation>Write dates as 2026-11-23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这条拒收或冲突记录</source>
        <translation>Rejection or conflict not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这条已经处理过了</source>
        <translation>This one has already been dealt with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计期应写成 2026-11（月）、2026-Q4（季度）或 2026（年）</source>
        <translation>Write the period as 2026-11 (month), 2026-Q4 (quarter) or 2026 (year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间应写成 09:00</source>
        <translation>Write times as 09:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择服务日期</source>
        <translation>Choose the service date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务日期不能早于今天</source>
        <translation>The service date cannot be before today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束时间要晚于开始时间</source>
        <translation>The end time must be after the start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请至少选一个服务站</source>
        <translation>Choose at least one station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请至少选一个办理事项</source>
        <translation>Choose at least one item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个服务日已经取消了</source>
        <translation>This service day has already been cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第一次设置短信网关要同时给出 --url 和 --key</source>
        <translation>The first time the SMS gateway is set, give both --url and --key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有设置镇中心短信网关：station-hub sms gateway --url 地址 --key 密钥</source>
        <translation>No town SMS gateway set yet: station-hub sms gateway --url URL --key KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇中心短信网关已停用：station-hub sms gateway --on 再启用</source>
        <translation>The town SMS gateway is off: station-hub sms gateway --on turns it on again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit 至少是1</source>
        <translation>--limit must be at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信网关地址应以 http:// 或 https:// 开头，如 https://sms.example.cn/send</source>
        <translation>The SMS gateway address must start with http:// or https://, e.g. https://sms.example.cn/send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密钥不能为空，只能是英文字母、数字和符号，不超过200个字符</source>
        <translation>The key cannot be empty; only English letters, digits and symbols, at most 200 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信模板要有且只能有一个占位 {text}，如“【某某镇便民服务】{text}”</source>
        <translation>The SMS template must have exactly one {text} placeholder, e.g. &quot;【Some Town Services】{text}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信模板里的 {text} 只能出现一次</source>
        <translation>{text} can appear only once in the SMS template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择服务站</source>
        <translation>Choose the station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查时间不能晚于现在</source>
        <translation>The check time cannot be in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查时间应写成 2026-11-27 10:30</source>
        <translation>Write the check time as 2026-11-27 10:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查时间缺少时区</source>
        <translation>The check time lacks a time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码的开头和结尾不能是空格</source>
        <translation>The password cannot start or end with a space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名或密码不对，请重新输入</source>
        <translation>Wrong name or password; try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少要列一项办事材料</source>
        <translation>List at least one document needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期类型只能是节假日或调休上班</source>
        <translation>The day kind can only be a holiday or a swapped working day</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="+8"/>
        <source>短款</source>
        <translation>short by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>长款</source>
        <translation>over by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缴费人姓名</source>
        <translation>the payer&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>户号（缴费账号）</source>
        <translation>the account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缴费类型</source>
        <translation>Bill type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缴费凭证号</source>
        <translation>the voucher number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>垫付用途</source>
        <translation>what the advance is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还款人姓名</source>
        <translation>Repayer&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还款方式</source>
        <translation>how it was repaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收件人姓名</source>
        <translation>the recipient&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来访人姓名</source>
        <translation>the visitor&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差额原因</source>
        <translation>the reason for the difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人姓名</source>
        <translation>the contact&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取人姓名</source>
        <translation>Collector&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预约事项</source>
        <translation>Appointment for</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../ui/pages/coop/dialogs.py" line="+63"/>
        <source>盘点</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}，账面库存 {1} {2}。数一数架上实际有多少：有差异要写原因。</source>
        <translation>{0}: {1} {2} on the books. Count what is on the shelf; say why if it differs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认盘点</source>
        <translation>Confirm count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>实际数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差异原因</source>
        <translation>Why it differs</translation>
    </message>
</context>
<context>
    <name>CounterSearch</name>
    <message>
        <location filename="../../ui/dialogs/counter_search.py" line="+24"/>
        <source>柜台查询</source>
        <translation>Find a villager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>村民姓名，或手机号、身份证号的后几位</source>
        <translation>Villager&apos;s name, or the last digits of a phone or ID number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>双击一行（或回车）打开它所在的页面</source>
        <translation>Double-click a line (or Enter) to open its page</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>尾号{0}</source>
        <translation>…{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有找到</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>站里没有这位村民待办的事</source>
        <translation>Nothing open for this villager</translation>
    </message>
</context>
<context>
    <name>DailyClosePage</name>
    <message>
        <location filename="../../ui/pages/daily_close.py" line="+52"/>
        <source>日结</source>
        <translation>Daily close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>日结日期</source>
        <translation>Date to close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yyyy年M月d日</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差额原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}清点数</source>
        <translation>{0} counted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}差额原因</source>
        <translation>{0} difference reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>留存到明天的现金</source>
        <translation>Cash kept for tomorrow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不填就等于清点的现金</source>
        <translation>Blank = all the counted cash</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存日结（Enter）</source>
        <translation>Save daily close (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印日结单（A4）</source>
        <translation>Print day sheet (A4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作废这天的日结</source>
        <translation>Void this day&apos;s close</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>当天收款明细（划线的已作废，不计入）</source>
        <translation>Takings (struck through = void)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>作废·</source>
        <translation>Void · </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>待清点</source>
        <translation>To count</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>长款</source>
        <translation>Over by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>短款</source>
        <translation>Short by</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>日结后·记入下次·</source>
        <translation>After the close · next close · </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>前一天日结后·</source>
        <translation>After the day before&apos;s close · </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>含留存 {0}</source>
        <translation>Incl. {0} kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现金应有数含上次日结留存在柜里的现金</source>
        <translation>Expected cash includes the cash kept in the drawer at the last daily close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ 这一天已经日结（{0}，{1}）</source>
        <translation>✓ This day is closed ({0}, {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 日结后有记录被作废，应有数已变化：请作废这次日结后重新日结</source>
        <translation>⚠ Records were voided after the close, so the expected amounts changed: void this close and close the day again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日结后又收了 {0} 笔（{1}），记入 {2} 的日结；要算进这一天，请作废这次日结后重新日结</source>
        <translation>{0} more taken after the close ({1}): counted in the close of {2}. To count them in this day, void this close and close the day again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这一天还没有日结</source>
        <translation>This day is not closed yet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ 相符</source>
        <translation>✓ Matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>有差额，请写明原因</source>
        <translation>Give reason</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✓ {0} 已日结。留存现金 {1}。可以打印日结单。</source>
        <translation>✓ {0} is closed. Cash kept: {1}. You can print the day sheet now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 已日结</source>
        <translation>{0} closed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} 的日结（{1}，{2}）</source>
        <translation>Daily close of {0} ({1}, {2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已作废 {0} 的日结，可以重新日结</source>
        <translation>Daily close of {0} voided: you can close the day again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日结单{0}</source>
        <translation>Day sheet {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/town/pages/dashboard.py" line="+47"/>
        <source>全镇概览</source>
        <translation>Town overview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>站号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近同步</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待上传</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未处理问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送镇/受理/补正</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在镇中心的代办件：等窗口受理 / 已受理 / 退回补正材料</source>
        <translation>Cases with the town: waiting to be accepted / accepted / sent back for missing materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期代办件</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ 太久未同步</source>
        <translation>⚠ Not synced for too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按站号或站名查找</source>
        <translation>Find by station code or name</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>每月办理量</source>
        <translation>Monthly volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>各站本月对比</source>
        <translation>Stations this month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期趋势</source>
        <translation>Overdue trend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全镇每月办理量（近{0}个月）</source>
        <translation>Town monthly volume (last {0} months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全镇月末超期未办结的代办件</source>
        <translation>Cases overdue at month end, whole town</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>各站 {0} 办理量</source>
        <translation>Volume per station, {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>超期未办结</source>
        <translation>Overdue, not finished</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../../ui/dates.py" line="+29"/>
        <source>{0}月{1}日</source>
        <translation>{0:0&gt;2}-{1:0&gt;2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}年{1}月{2}日</source>
        <translation>{0}-{1:0&gt;2}-{2:0&gt;2}</translation>
    </message>
</context>
<context>
    <name>DayPrint</name>
    <message>
        <location filename="../../ui/pages/service_days/printouts.py" line="+20"/>
        <source>进驻服务告知单</source>
        <translation>Service day: what to bring</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还缺材料</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民签字</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>齐了</source>
        <translation>complete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>镇里来人：{0}</source>
        <translation>Town staff: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待定</source>
        <translation>to be named</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 {0} 人报名</source>
        <translation>{0} signed up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>进驻服务报名名单</source>
        <translation>Service day sign-up list</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../ui/pages/team/duty.py" line="+29"/>
        <source>◀ 上一周</source>
        <translation>◀ Week before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一周 ▶</source>
        <translation>Week after ▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在岗</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无人在岗（开放时间内）</source>
        <translation>Nobody on duty (in opening hours)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登录、换人、解锁算上岗；锁定、退出算离岗。离开柜台请锁定（右下角“锁定”）。</source>
        <translation>Logging in, switching and unlocking count as on duty; locking and quitting as off. Lock the window when you leave the counter (“Lock”, bottom right).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}–{1} {2}{3}</source>
        <translation>{0}–{1} {2}{3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不开放</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部有人</source>
        <translation>always covered</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>这一周开放时间内无人在岗共 {0} 分钟</source>
        <translation>This week: {0} minutes of opening hours with nobody on duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这一周开放时间内都有人在岗</source>
        <translation>This week: someone on duty throughout opening hours</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/pages/cases/extend.py" line="+15"/>
        <source>延期办结</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}：现在的期限是 {2}。延期要写明原因，并会通知村民。</source>
        <translation>{0} {1}: the deadline is now {2}. An extension needs a reason, and the villager is told.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期并通知村民</source>
        <translation>Extend and tell the villager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：县里审核材料要多等一周</source>
        <translation>e.g. the county&apos;s review takes another week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/pages/feedback.py" line="+143"/>
        <source>评价回访</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+65"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+24"/>
        <location line="+42"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索：姓名或内容</source>
        <translation>Search: name or details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>评价服务</source>
        <translation>Rate a service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>村民的意见</source>
        <translation>Villager&apos;s comments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回访和整改情况</source>
        <translation>Call-back and fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：已电话回访致歉，下次上门服务</source>
        <translation>e.g. Called back and apologised; will visit at home next time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访完成</source>
        <translation>Call-back done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>待回访</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先在上面的列表里选一个回访任务</source>
        <translation>First pick a call-back in the list above</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>回访已完成：{0}</source>
        <translation>Call-back done: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ 待回访（{0}）</source>
        <translation>⚠ Call-backs due ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待回访（0）</source>
        <translation>Call-backs due (0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>最近评价</source>
        <translation>Recent ratings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ 待回访</source>
        <translation>⚠ Call-back due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ 已回访：{0}</source>
        <translation>✓ Called back: {0}</translation>
    </message>
</context>
<context>
    <name>FeedbackText</name>
    <message>
        <location line="-212"/>
        <source>接待</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办</source>
        <translation>Agency cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预约</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代缴</source>
        <translation>Bill payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>快递</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代寄</source>
        <translation>Parcels sent</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="+26"/>
        <source>正在建立服务站</source>
        <translation>Setting up the station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>点击“完成”开始。</source>
        <translation>Click &quot;Finish&quot; to start.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="+38"/>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>HandOutTab</name>
    <message>
        <location filename="../../ui/pages/coop/handout.py" line="+34"/>
        <location line="+19"/>
        <source>社员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>农资</source>
        <translation>Supply</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>付款方式</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>发放</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>付款</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>搜索：社员或农资</source>
        <translation>Search: member or supply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>退回…</source>
        <translation>Take back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选中的发放有退回的：按原价退</source>
        <translation>Part of the chosen hand-out comes back: refunded at the price paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选中的记录录错了：作废，留痕</source>
        <translation>The chosen record was a mistake: void it (it stays, struck through)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}（{1}/{2}，库存 {3}）</source>
        <translation>{0} ({1}/{2}, {3} in stock)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>还没有农资：请先在“库存”里新增农资并入库</source>
        <translation>No supplies yet: add one under Stock and receive it first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>合计 {0}（{1}）</source>
        <translation>Total {0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已发放：{0} {1}，{2}</source>
        <translation>Handed out: {0}, {1}, {2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>请先在右边的列表里选中一条发放记录</source>
        <translation>Choose a hand-out in the list on the right first</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请先在右边的列表里选中一条记录</source>
        <translation>Choose a record in the list on the right first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} {2}（{3}）</source>
        <translation>{0} {1} {2} ({3})</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../ui/pages/cases/handover.py" line="+29"/>
        <source>交接单</source>
        <translation>Hand-over sheets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>带到镇里的代办件</source>
        <translation>Cases carried to town</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已送镇里、还没上过交接单的代办件。勾上这趟带去的，写上每件几份材料。</source>
        <translation>Cases sent to town and on no sheet yet. Tick the ones going this trip and say how many pieces each.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代办编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>生成交接单并打印</source>
        <translation>Make the sheet and print</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>以前的交接单</source>
        <translation>Earlier sheets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重新打印选中的交接单</source>
        <translation>Print the chosen sheet again</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}&#x3000;{1}&#x3000;{2} 件 {3} 份&#x3000;{4}</source>
        <translation>{0}    {1}    {2} cases, {3} pieces    {4}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有要带去的代办件</source>
        <translation>No cases to carry</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>交接单 {0} 已生成：{1} 件 {2} 份</source>
        <translation>Sheet {0} made: {1} cases, {2} pieces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>交接单{0}</source>
        <translation>Hand-over sheet {0}</translation>
    </message>
</context>
<context>
    <name>HandOverPrint</name>
    <message>
        <location filename="../../ui/pages/cases/handover_print.py" line="+16"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>交接单号：{0}&#x3000;日期：{1}&#x3000;送件人：{2}</source>
        <translation>Sheet: {0}    Date: {1}    Carried by: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 件，材料 {1} 份</source>
        <translation>{0} cases, {1} pieces in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注：{0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送件人签字：__________&#x3000;&#x3000;&#x3000;镇中心接收人签字：__________&#x3000;&#x3000;&#x3000;接收时间：__________</source>
        <translation>Carried by: __________      Received at the town by: __________      Time: __________</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>代办材料交接单</source>
        <translation>Hand-over sheet of case files</translation>
    </message>
</context>
<context>
    <name>HandoversPage</name>
    <message>
        <location filename="../../ui/town/pages/handovers.py" line="+24"/>
        <source>交接单</source>
        <translation>Hand-over sheets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>交接单号</source>
        <translation>Sheet no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送件人</source>
        <translation>Carried by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>份数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>签收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索：站号、站名或交接单号</source>
        <translation>Search: station code or name, or sheet no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签收</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>代办编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：少一份户口簿复印件</source>
        <translation>e.g. one household-register copy missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>材料点齐，签收</source>
        <translation>Counted: sign for it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>签收以当前登录的工作人员署名，回执在该站下次同步时送达。</source>
        <translation>Signed in the name of the staff member logged in; the station gets the receipt at its next sync.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请先在列表里选中一张交接单</source>
        <translation>Choose a sheet in the list first</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已签收交接单 {0}，回执在该站下次同步时送达</source>
        <translation>Sheet {0} received; the station gets the receipt at its next sync</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/pages/advances/entry.py" line="+131"/>
        <source>站点垫付：村民和还款人</source>
        <translation>Station advance: villager and repayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>站点垫付记在村民家的账上，年底向还款人收回。</source>
        <translation>A station advance is booked to the villager&apos;s household and collected from the repayer at year end.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登记，继续缴费</source>
        <translation>Register, back to the payment</translation>
    </message>
</context>
<context>
    <name>HouseholdFields</name>
    <message>
        <location line="-97"/>
        <source>姓名或手机尾号；不在名单里就直接写姓名</source>
        <translation>Name or phone tail; not registered? just type the name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付给</source>
        <translation>Advance for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民手机</source>
        <translation>Villager&apos;s mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还款人</source>
        <translation>Repayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责还钱的子女，例如 张建军</source>
        <translation>The child who repays, e.g. Zhang Jianjun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是村民的</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还款人手机</source>
        <translation>Repayer&apos;s mobile</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>✓ {0} 已在名单里，还款人 {1}</source>
        <translation>✓ {0} is registered; repayer {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ {0} 已在名单里；还没有还款人：在上面写上，保存时一起登记</source>
        <translation>✓ {0} is registered, with no repayer yet: name one above, registered on saving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”不在名单里：保存时登记为新村民，连同还款人</source>
        <translation>“{0}” is not registered: saved as a new villager, with the repayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先找村民；不在名单里就直接写姓名，保存时一起登记</source>
        <translation>Find the villager; not registered? type the name, registered on saving</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}（新登记）</source>
        <translation>{0} (new)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付给 {0}，由 {1} 负责还款</source>
        <translation>Advance for {0}, repaid by {1}</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="-18"/>
        <source>镇中心同步（可以以后再设置）</source>
        <translation>Town centre sync (can be set up later)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>镇中心地址</source>
        <translation>Town centre address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记码</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有网络也能正常使用，数据可以用U盘带到镇中心。</source>
        <translation>Works fine without a network: data can be taken to the town centre on a USB stick.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/town/pages/inbox.py" line="+48"/>
        <source>收件箱</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>各站送来的数据（网络同步或U盘文件），最新的在上面</source>
        <translation>Data received from the stations (network or USB file), newest first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入U盘文件…</source>
        <translation>Import USB file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>网络收到的数据先审核，再由工作人员导入</source>
        <translation>Review network batches; staff import them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开后，各站网络同步送来的数据先放在这里（“待审核”），看过再导入；U盘文件总是由人导入</source>
        <translation>When on, what stations send over the network waits here (&quot;Awaiting review&quot;) until someone imports it; USB files are always imported by a person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入选中的一批</source>
        <translation>Import selected batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>按各站的先后顺序导入所有待审核的数据</source>
        <translation>Import every batch awaiting review, station by station, oldest first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>服务站同步文件 (*.vsbatch);;所有文件 (*)</source>
        <translation>Station sync files (*.vsbatch);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>回执文件 (*.vsreply)</source>
        <translation>Reply files (*.vsreply)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录日期</source>
        <translation>Record dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒收与冲突（原因）</source>
        <translation>Problems (reason)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按站号筛选，如 ZHUPO</source>
        <translation>Filter by station code, e.g. ZHUPO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>网络数据将先审核再导入</source>
        <translation>Network batches will wait for review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网络数据收到即入账</source>
        <translation>Network batches are recorded on arrival</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全部导入（{0} 批）</source>
        <translation>Import all ({0} batches)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 批待审核</source>
        <translation>{0} batches to review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有待审核的数据</source>
        <translation>Nothing to review</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请先在列表里选中一批“⏳ 待审核”的数据</source>
        <translation>First select a “⏳ To review” batch in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>没有待审核的数据：网络收到的数据已经入账</source>
        <translation>Nothing to review: what came over the network is already imported</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>镇中心</source>
        <translation>Town centre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导入 {0} 批，入账 {1} 条，拒收 {2} 条</source>
        <translation>Imported {0} batches: {1} recorded, {2} refused</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0}：{1} 条记录（{2}）等待审核；导入后，该站下次同步时确认</source>
        <translation>{0}: {1} records ({2}) await review; once imported, the station is told at its next sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}：收到 {1} 条，入账 {2} 条，跳过 {3} 条，拒收 {4} 条，冲突 {5} 条</source>
        <translation>{0}: {1} received, {2} applied, {3} skipped, {4} refused, {5} conflicts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>审核导入：{0}，{1}</source>
        <translation>Reviewed and imported: {0}, {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择服务站的U盘文件</source>
        <translation>Choose the station&apos;s USB file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存给服务站的回执文件</source>
        <translation>Save the reply file for the station</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导入 {0} 的 {1} 条记录（入账 {2}，拒收 {3}）；回执文件：{4}</source>
        <translation>Imported {1} records from {0} ({2} applied, {3} refused); reply file: {4}</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/pages/cases/intake.py" line="+55"/>
        <source>1. 找到村民</source>
        <translation>1. Find the villager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. 选办理事项</source>
        <translation>2. Choose the matter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3. 勾选收到的材料</source>
        <translation>3. Tick the materials received</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>先在左边选办理事项</source>
        <translation>First choose a matter on the left</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>勾选村民已经交来的材料；没勾的会写进一次性告知单。</source>
        <translation>Tick what the villager has brought; anything unticked goes on the one-time notice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存代办件</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>返回列表</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>{0} {1}
{2}窗口 · 承诺{3}个工作日 · {4}</source>
        <translation>{0} {1}
{2} window · {3} working days promised · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>【必需】</source>
        <translation>[Required] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>【容缺·可后补】</source>
        <translation>[May follow later] </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这个事项不需要材料</source>
        <translation>This matter needs no materials</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请先找到并选中村民</source>
        <translation>Please find and select the villager first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选一个办理事项</source>
        <translation>Please choose a matter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>一次性告知（请打印交给村民）</source>
        <translation>One-time notice (print it for the villager)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>打印告知单</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查看这件代办</source>
        <translation>Open this case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再办一件</source>
        <translation>Start another</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ 已登记代办件：{0}，{1}</source>
        <translation>✓ Case registered: {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结期限：{0}</source>
        <translation>Due: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已登记代办件 {0}，期限 {1}</source>
        <translation>Case {0} registered, due {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>告知单-{0}</source>
        <translation>Notice-{0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+26"/>
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已送镇</source>
        <translation>Sent to town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待补正</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结（准予）</source>
        <translation>Done (approved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结（不予）</source>
        <translation>Done (refused)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>临近期限</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在库待取</source>
        <translation>On shelf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>问题件</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取件</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已送货上门</source>
        <translation>Delivered to door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已退回快递公司</source>
        <translation>Returned to courier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本人</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>家人</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>邻居</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+20"/>
        <location line="+14"/>
        <location line="+98"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>破损</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件人不符</source>
        <translation>Wrong recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+146"/>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>顺丰速运</source>
        <translation>SF Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>京东快递</source>
        <translation>JD Express</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>圆通速递</source>
        <translation>YTO Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>中通快递</source>
        <translation>ZTO Express</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申通快递</source>
        <translation>STO Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>韵达快递</source>
        <translation>Yunda Express</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中国邮政/EMS</source>
        <translation>China Post/EMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>极兔速递</source>
        <translation>J&amp;T Express</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>德邦快递</source>
        <translation>Deppon Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>其他快递</source>
        <translation>Other courier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>电费</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>水费</source>
        <translation>Water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>话费</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>燃气费</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有线电视费</source>
        <translation>Cable TV</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>站点垫付</source>
        <translation>Station advance</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>代缴{0}</source>
        <translation>{0} bill</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>垫付还款</source>
        <translation>Advance repaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代寄快递</source>
        <translation>Parcel sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农资发放</source>
        <translation>Farm supplies handed out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>农资退回（退款）</source>
        <translation>Farm supplies returned (refund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+138"/>
        <source>农资结账</source>
        <translation>Farm supply account settled</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>上交{0}</source>
        <translation>{0} paid over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>棵</source>
        <translation>trees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>化肥</source>
        <translation>fertiliser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>农药</source>
        <translation>pesticide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地膜</source>
        <translation>mulch film</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>苗木</source>
        <translation>seedlings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记账（收获时结算）</source>
        <translation>on account (settled at harvest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收购时抵扣</source>
        <translation>deducted at the harvest purchase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入库</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发放</source>
        <translation>handed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回</source>
        <translation>returned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>盘点</source>
        <translation>counted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已办好</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>材料不全</source>
        <translation>materials missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到镇便民服务中心办理</source>
        <translation>referred to the town service centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有来</source>
        <translation>did not come</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已报名</source>
        <translation>signed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已安排</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A岗</source>
        <translation>Post A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B岗</source>
        <translation>Post B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录</source>
        <translation>log in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>换人</source>
        <translation>switch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解锁</source>
        <translation>unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>锁定</source>
        <translation>lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下班</source>
        <translation>end of day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>与值班记录一致</source>
        <translation>Agrees with the duty log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班记录有人，实际不在岗</source>
        <translation>Log says on duty, nobody there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在岗的不是值班记录上的人</source>
        <translation>Someone else than the log says</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有人在岗，值班记录上却无人</source>
        <translation>Someone there, log says nobody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无人在岗，值班记录也无人</source>
        <translation>Nobody there, nor in the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该站的值班记录还没同步到抽查时间</source>
        <translation>The station&apos;s log has not synced this far yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>快递到站</source>
        <translation>parcel arrived</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>快递催领</source>
        <translation>parcel reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递退回前提醒</source>
        <translation>last call before return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果可领取</source>
        <translation>result ready</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>补交材料</source>
        <translation>materials to bring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理延期</source>
        <translation>deadline extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>明天预约</source>
        <translation>appointment tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付对账</source>
        <translation>advance statement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>待发送</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>已发送</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发送失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已复制到微信</source>
        <translation>copied to WeChat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>不发送</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>本站短信猫</source>
        <translation>station&apos;s SMS modem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>镇中心短信</source>
        <translation>town SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印纸条</source>
        <translation>printed slip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已发送 {0}</source>
        <translation>sent {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发送失败：{0}</source>
        <translation>failed: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>不发送：{0}</source>
        <translation>not sent: {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>服务站已复制到微信</source>
        <translation>the station copied it into WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站已打印纸条</source>
        <translation>the station printed a slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站已发出</source>
        <translation>the station sent it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务站标为失败</source>
        <translation>the station marked it failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂缓：{0}</source>
        <translation>on hold: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在发送</source>
        <translation>sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等待重试（已试 {0} 次）：{1}</source>
        <translation>to retry ({0} tries so far): {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>村民本人</source>
        <translation>the villager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办员代评</source>
        <translation>entered by the agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民短信回复</source>
        <translation>villager&apos;s SMS reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>银行转账</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村务公开</source>
        <translation>Village affairs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>政策</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>咨询</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>反映问题</source>
        <translation>problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告</source>
        <translation>report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来访</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当场答复</source>
        <translation>Answered then</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转镇中心</source>
        <translation>Sent to town centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转为代办件</source>
        <translation>Made a case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>快递服务</source>
        <translation>Parcel service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代缴费用</source>
        <translation>Bill payment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待办</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已办</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>合作社社员</source>
        <translation>cooperative member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>农资</source>
        <translation>farm supply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农资出入库</source>
        <translation>farm supply stock move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>技术培训</source>
        <translation>training session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>培训签到</source>
        <translation>training attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>田间求助</source>
        <translation>field help request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>进驻服务日</source>
        <translation>town service day</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report_labels.py" line="+41"/>
        <source>进驻服务报名</source>
        <translation>service day sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站信息</source>
        <translation>station details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值班记录</source>
        <translation>duty log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码重置</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>给镇里的信</source>
        <translation>letter to the town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇里的消息</source>
        <translation>message from the town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>通知已读</source>
        <translation>notice read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>给村民的通知</source>
        <translation>message to a villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交接单</source>
        <translation>hand-over sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>交接单明细</source>
        <translation>hand-over sheet line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交接单签收</source>
        <translation>hand-over sheet received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缴费户号</source>
        <translation>bill account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缴费凭证</source>
        <translation>payment voucher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上交款</source>
        <translation>money paid over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上交款明细</source>
        <translation>money paid over (line)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇中心短信结果</source>
        <translation>Town SMS outcome</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+1"/>
        <location line="+68"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>老人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>独居</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留守</source>
        <translation>Left behind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>行动不便</source>
        <translation>Limited mobility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>低保</source>
        <translation>Low income</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>五保</source>
        <translation>Five guarantees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>儿子</source>
        <translation>Son</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女儿</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>孙辈</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>亲属</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>服务事项</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>办事程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政策依据</source>
        <translation>Policy basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承诺时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事资料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收费标准</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件及复印件</source>
        <translation>Original + copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U盘文件</source>
        <translation>USB file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部入账</source>
        <translation>All recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有拒收</source>
        <translation>Some refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已随后来的同步入账</source>
        <translation>Recorded with a later sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/report_labels.py" line="+18"/>
        <source>代办员</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代缴</source>
        <translation>Bill payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>垫付</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还款</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>快递</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递记录</source>
        <translation>Parcel event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>寄件</source>
        <translation>Parcel sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办记录</source>
        <translation>Case event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接待</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日结</source>
        <translation>Daily close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>安全记录</source>
        <translation>security log</translation>
    </message>
    <message>
        <location filename="../../ui/report_labels.py" line="-49"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>站号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <location line="+38"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+49"/>
        <source>办理事项数</source>
        <translation>Services handled</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>经手金额（元）</source>
        <translation>Money handled (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+40"/>
        <source>代缴笔数</source>
        <translation>Bill payments</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+48"/>
        <source>代缴金额（元）</source>
        <translation>Bills paid (yuan)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>作废笔数</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代寄收费（元）</source>
        <translation>Postage taken (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付金额（元）</source>
        <translation>Advanced (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付收回（元）</source>
        <translation>Advances repaid (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末未还垫付（元）</source>
        <translation>Advances owed at end (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+40"/>
        <source>快递入库</source>
        <translation>Parcels in</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>快递出库</source>
        <translation>Parcels out</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+40"/>
        <source>代寄件数</source>
        <translation>Parcels sent</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>期末在库</source>
        <translation>On shelf at end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末超期未取</source>
        <translation>Overdue on shelf at end</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+40"/>
        <source>新受理代办件</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>办结代办件</source>
        <translation>Cases done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期办结</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>期末超期未办结</source>
        <translation>Cases overdue at end</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+37"/>
        <location line="+40"/>
        <source>接待登记</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>评价次数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>满意次数</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价星级合计</source>
        <translation>Total stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>村民本人评价次数</source>
        <translation>Ratings by villagers themselves</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>村民本人评价星级合计</source>
        <translation>Villagers&apos; own rating points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意评价</source>
        <translation>Poor ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末未回访</source>
        <translation>Call-backs open at end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农资发放（元）</source>
        <translation>Farm supplies handed out (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末农资欠款（元）</source>
        <translation>Farm supplies owed at period end (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>进驻服务办好</source>
        <translation>Done at service days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意率（%）</source>
        <translation>Satisfied (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>服务标兵</source>
        <translation>Service star</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>办理量得分</source>
        <translation>Volume score</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>按期办结率（%）</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均星级</source>
        <translation>Average stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>群众评价得分</source>
        <translation>Rating score</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>综合得分</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>值班天数</source>
        <translation>Days on duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村民评价平均星级</source>
        <translation>Villagers&apos; average stars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>抽查在岗次数</source>
        <translation>Checks: at post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查不在岗次数</source>
        <translation>Checks: not at post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办件办理次数</source>
        <translation>Case moves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求补正</source>
        <translation>Corrections asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查次数</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查发现不一致</source>
        <translation>Checks disagreeing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复站点来信</source>
        <translation>Letters answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在岗得分</source>
        <translation>Duty score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个人排名</source>
        <translation>Personal rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人综合得分</source>
        <translation>Personal score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>镇中心</source>
        <translation>Town centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期末数截至</source>
        <translation>End figures as of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站数</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理事项统计口径</source>
        <translation>How services handled are counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意率口径</source>
        <translation>How satisfaction is counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期末数说明</source>
        <translation>About end-of-period figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代缴金额（分）</source>
        <translation>Bills paid (fen)</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../ui/pages/town_word/letters.py" line="+40"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>附上照片或文件…</source>
        <translation>Attach a photo or file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发给镇中心</source>
        <translation>Send to the town centre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>信在下次同步时送到镇中心，镇里的回复同步后出现在左边。附件不超过 150 KB。</source>
        <translation>The letter reaches the town at the next sync; its answer appears on the left after a sync. Attachments up to 150 KB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>还没有来往的信。有问题、要反映情况，在右边写给镇中心。</source>
        <translation>No letters yet. To ask something or report a problem, write to the town on the right.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>镇中心 {0}</source>
        <translation>Town centre {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本站 {0}</source>
        <translation>This station {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>附上照片或文件</source>
        <translation>Attach a photo or file</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>信已写好，下次同步时送到镇中心</source>
        <translation>Letter written; it reaches the town at the next sync</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>保存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>附件已保存：{0}</source>
        <translation>Attachment saved: {0}</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../ui/widgets.py" line="+93"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>显示 {0} 条，共 {1} 条</source>
        <translation>Showing {0} of {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>显示 {0} 条</source>
        <translation>Showing {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="+27"/>
        <source>代办员登录</source>
        <translation>Agent login</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已锁定，请当班代办员输入密码继续</source>
        <translation>Locked: agent on duty, enter your password to continue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请选择您的名字并输入密码</source>
        <translation>Choose your name and enter your password</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>再输一遍密码</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>忘记密码…</source>
        <translation>Forgot PIN…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>演示数据，登录密码：{0}</source>
        <translation>Demo data. PINs: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}第一次在这台电脑上登录：请设置4到8位数字的密码，输两遍</source>
        <translation>{0} logs in on this PC for the first time: set a PIN of 4 to 8 digits, typed twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设置密码并登录</source>
        <translation>Set PIN and log in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} 的新密码已设好，请用新密码登录</source>
        <translation>{0}&apos;s new PIN is set: log in with it</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>两次输入的密码不一样</source>
        <translation>The two PINs are not the same</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+167"/>
        <source>便民服务站</source>
        <translation>Village service station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>换人</source>
        <translation>Switch agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AB岗换班：换另一位代办员登录</source>
        <translation>A/B shift change: log in as the other agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查村民（Ctrl+F）</source>
        <translation>Find villager (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>当班：{0}</source>
        <translation>On duty: {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>还有没保存的内容</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下面填了一半，还没有保存：
{0}

关闭程序，这些内容就没有了。</source>
        <translation>These are half filled and not saved:
{0}

Closing the program loses them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回去接着填</source>
        <translation>Go back to them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不保存，关闭程序</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>上一位代办员有没保存的内容，请接着填或清空：{0}</source>
        <translation>The agent before left unsaved work; finish or clear it: {0}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/pages/coop/pickers.py" line="+26"/>
        <source>社员姓名或手机尾号</source>
        <translation>Member&apos;s name or last digits of phone</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>尾号{0}</source>
        <translation>…{0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}，记账欠款 {1}</source>
        <translation>{0}, owes {1} on account</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../ui/pages/messages.py" line="+28"/>
        <source>短信通知</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索：姓名、手机号或内容</source>
        <translation>Search: name, phone or text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待处理</source>
        <translation>To handle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复制文字（发微信）</source>
        <translation>Copy text (for WeChat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印纸条</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现在发送一轮</source>
        <translation>Send a round now</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本站短信猫每分钟发送一轮；发不出的（没有短信猫、没有信号、没有手机号）在“待处理”里，复制到微信或打印纸条交给村民后，记录会写明。</source>
        <translation>The station&apos;s modem sends a round every minute; what cannot go (no modem, no signal, no phone) waits under “To handle”: copy it into WeChat or print a slip, and the log says so.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请先在列表里选中一条通知</source>
        <translation>Choose a notice in the list first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已复制，粘贴到微信发给{0}</source>
        <translation>Copied: paste it into WeChat for {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>通知纸条</source>
        <translation>Notice slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已打印纸条，交给{0}</source>
        <translation>Slip printed: give it to {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>短信发送没有启动</source>
        <translation>Messaging is not running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在发送…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>上一轮：新通知 {0} 条，短信猫发出 {1} 条，交镇中心 {2} 条，送达 {3} 条</source>
        <translation>Last round: {0} new, {1} sent by the modem, {2} left to the town, {3} delivered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；{0} 条已不属实（如包裹已取走），不发</source>
        <translation>; {0} kept back as no longer true (a parcel already collected, say)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；短信猫：{0}</source>
        <translation>; modem: {0}</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <location filename="../../ui/models.py" line="+44"/>
        <source>待发送</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ 已发送</source>
        <translation>✓ Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ 退回</source>
        <translation>⚠ Refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ 冲突</source>
        <translation>⚠ Conflict</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>MoneyPrintouts</name>
    <message>
        <location filename="../../ui/printouts_money.py" line="+56"/>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>缴费人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缴费类型</source>
        <translation>Bill type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+37"/>
        <source>大写</source>
        <translation>In words</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>代缴费用收据</source>
        <translation>Bill payment receipt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>还款人：未登记</source>
        <translation>Repayer: not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还款人：{0}（{1}）电话 {2}</source>
        <translation>Repayer: {0} ({1}), tel. {2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>垫付</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还款</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>垫付对账单</source>
        <translation>Advance statement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>垫付还款提醒</source>
        <translation>Advance repayment reminder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请妥善保管本收据。如有疑问请联系服务站。</source>
        <translation>Please keep this receipt. Questions? Ask the station.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>共垫付</source>
        <translation>Advanced in all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已还</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚欠</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>还款人</source>
        <translation>Repayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>往年</source>
        <translation>Earlier years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最早欠款</source>
        <translation>Oldest debt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>签收</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>共 %n 户，合计 {0}</source>
        <translation>
            <numerusform>%n household, total {0}</numerusform>
            <numerusform>%n households, total {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}年垫付收款名单</source>
        <translation>Advance collection list {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已作废：</source>
        <translation>Voided: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单号</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>当天没有收款记录。</source>
        <translation>No takings this day.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>各渠道合计</source>
        <translation>Totals by channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当日收入</source>
        <translation>Taken today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上日留存</source>
        <translation>Kept from the day before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清点</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>差额原因</source>
        <translation>Reason for difference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已日结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>留存到次日现金</source>
        <translation>Cash kept for the next day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日结后有记录被作废，应有数已变化，请核对后重新日结。</source>
        <translation>A record was voided after the close, so the expected amounts changed: check and close the day again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这一天还没有日结。</source>
        <translation>This day is not closed yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代办员签字</source>
        <translation>Agent&apos;s signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复核</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日结单 {0}</source>
        <translation>Day sheet {0}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+16"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代缴费</source>
        <translation>Bill payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付</source>
        <translation>Advances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办</source>
        <translation>Agency cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接待预约</source>
        <translation>Visits &amp; bookings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价回访</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民</source>
        <translation>Villagers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日结</source>
        <translation>Daily close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>短信通知</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/town/pages/__init__.py" line="+18"/>
        <source>进驻服务</source>
        <translation>Service days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合作社</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员值班</source>
        <translation>People &amp; duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通知来信</source>
        <translation>Notices &amp; letters</translation>
    </message>
    <message>
        <location filename="../../ui/town/pages/__init__.py" line="-7"/>
        <source>收件箱</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全镇概览</source>
        <translation>Town overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒收与冲突</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务目录与通知</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>交接单</source>
        <translation>Hand-over sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班与抽查</source>
        <translation>Duty &amp; checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点来信</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>NewAdvanceDialog</name>
    <message>
        <location filename="../../ui/pages/advances/entry.py" line="+56"/>
        <location line="+2"/>
        <source>新垫付</source>
        <translation>New advance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>垫付用途</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：代缴电费、买药</source>
        <translation>e.g. electricity bill, medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如 120.50</source>
        <translation>e.g. 120.50</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存垫付（Enter）</source>
        <translation>Save advance (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>。用途：{0}</source>
        <translation>. For: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对垫付金额和村民</source>
        <translation>Check the amount and the villager</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已记垫付：{0} {1}，现在共欠 {2}</source>
        <translation>Advance booked: {0} {1}; now owes {2}</translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <location filename="../../ui/dialogs/pins.py" line="-29"/>
        <source>新增代办员</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新代办员用这个密码登录，登录后可以自己改。</source>
        <translation>The new agent logs in with this PIN and can change it afterwards.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>暂不定岗</source>
        <translation>No post yet</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/pages/coop/dialogs.py" line="+9"/>
        <source>新增农资</source>
        <translation>New supply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>袋、瓶、卷、株</source>
        <translation>bag, bottle, roll, tree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/pages/today_notices.py" line="+24"/>
        <source>镇中心通知</source>
        <translation>Town notice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>镇便民服务中心 {0} 发布</source>
        <translation>Published by the town service centre on {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <location filename="../../ui/town/pages/notices.py" line="+61"/>
        <location line="+100"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>发给</source>
        <translation>Send to</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>发布通知</source>
        <translation>Publish notice</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+121"/>
        <source>全部服务站</source>
        <translation>All stations</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>部分服务站（在下面勾选）</source>
        <translation>Some stations (tick below)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>通知“{0}”已发布，发给{1}，各站下次同步时收到</source>
        <translation>Notice &quot;{0}&quot; published to {1}; stations receive it at their next sync</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已读</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>读过的服务站 / 发给的服务站；选中一条看是哪些站、什么时候读的</source>
        <translation>Stations that read it / stations it went to; choose one to see which read it, and when</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按标题找</source>
        <translation>Find by title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已发布的通知</source>
        <translation>Published notices</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>撤回选中的通知</source>
        <translation>Withdraw selected notice</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已读：{0}
未读：{1}</source>
        <translation>Read: {0}
Not read: {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还没有</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>撤回通知</source>
        <translation>Withdraw notice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>撤回通知“{0}”？
发给：{1}。这些服务站下次同步后不再显示它。</source>
        <translation>Withdraw notice &quot;{0}&quot;?
Sent to: {1}. Those stations stop showing it after their next sync.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>通知“{0}”已撤回，{1}下次同步时收到</source>
        <translation>Notice &quot;{0}&quot; withdrawn; {1} receive this at their next sync</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <location filename="../../ui/pages/town_word/notices.py" line="+29"/>
        <source>发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阅读</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已读 {0}</source>
        <translation>read {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● 未读</source>
        <translation>● unread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索通知：标题或内容</source>
        <translation>Search notices: title or text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未读</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>看全文</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印张贴（大字）</source>
        <translation>Print for the board (large)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打开通知即记为本站已读，镇中心能看到各站读了没有。村务公开的通知可以打印贴到公开栏。</source>
        <translation>Opening a notice marks it read here; the town sees which stations read it. Village-affairs notices can be printed for the public board.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请先在列表里选中一条通知</source>
        <translation>Choose a notice in the list first</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>通知{0}</source>
        <translation>Notice {0}</translation>
    </message>
</context>
<context>
    <name>OpsText</name>
    <message>
        <location filename="../../ui/ops.py" line="+76"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作没有完成，数据没有改动。

详细信息：{0}</source>
        <translation>The action did not complete; no data was changed.

Details: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日志文件：{0}</source>
        <translation>Log file: {0}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/pages/service_days/dialogs.py" line="+18"/>
        <source>{0}（{1}）：{2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录办理结果</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>镇里办理人</source>
        <translation>Served by (town)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：还缺户口簿，下周补交</source>
        <translation>e.g. household register missing, brings it next week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转为代办件（由本站带到镇里继续办）</source>
        <translation>Go on as a full-agency case (the station takes it to town)</translation>
    </message>
</context>
<context>
    <name>OutgoingTab</name>
    <message>
        <location filename="../../ui/pages/parcels/outgoing.py" line="+54"/>
        <source>姓名或手机尾号，从登记册选</source>
        <translation>Name or phone last 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>寄件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>寄件人手机</source>
        <translation>Sender&apos;s mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>收件人电话</source>
        <translation>Recipient&apos;s phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>省 市 区县 详细地址</source>
        <translation>Province, city, county, street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件地址</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>快递公司</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>可以后补</source>
        <translation>Can be added later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如 12 或 12.50</source>
        <translation>e.g. 12 or 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运费（元）</source>
        <translation>Postage (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>登记寄件</source>
        <translation>Record shipment</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>运费</source>
        <translation>Postage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已作废：{0}</source>
        <translation>Voided: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索寄件人、收件人、电话或单号</source>
        <translation>Search sender, recipient, phone or tracking no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>作废选中的寄件…</source>
        <translation>Void selected shipment…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>登记寄件，收{0}（{1}）</source>
        <translation>Record shipment, collect {0} ({1})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已登记寄件：{0} 寄给 {1}，收运费 {2}（{3}）</source>
        <translation>Shipment recorded: {0} to {1}, postage {2} ({3})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} 寄给 {1}，运费 {2}（{3}）。作废后这条记录保留并划掉，不计入收款。</source>
        <translation>{0} to {1}, postage {2} ({3}). A voided record stays, struck through, and is not counted in the takings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>作废寄件记录</source>
        <translation>Void shipment record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>录入错误，重新登记</source>
        <translation>Entered wrongly, recorded again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村民取消寄件</source>
        <translation>Villager cancelled the shipment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认作废</source>
        <translation>Confirm void</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已作废寄件记录：{0} 寄给 {1}</source>
        <translation>Shipment record voided: {0} to {1}</translation>
    </message>
</context>
<context>
    <name>ParcelPrintouts</name>
    <message>
        <location filename="../../ui/printouts_parcels.py" line="+26"/>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机尾号</source>
        <translation>Phone ending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递公司</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>货架位置</source>
        <translation>Shelf position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}号货架第{1}层</source>
        <translation>Shelf {0}, layer {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入库时间</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取件方式</source>
        <translation>How to collect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>送货上门</source>
        <translation>Delivered to door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请凭取件码或手机尾号领取，保管{0}天。</source>
        <translation>Collect with the pickup code or your phone ending; kept for {0} days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请凭取件码或手机尾号领取。</source>
        <translation>Collect with the pickup code or your phone ending.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取件码</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取件单</source>
        <translation>Pickup slip</translation>
    </message>
</context>
<context>
    <name>ParcelText</name>
    <message>
        <location filename="../../ui/pages/parcels/common.py" line="+24"/>
        <source>{0}号货架第{1}层</source>
        <translation>Shelf {0}, layer {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ 超期未取</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>取件码</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>尾号</source>
        <translation>Phone end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递公司</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入库时间</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已等天数</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}天</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— 请选择快递公司 —</source>
        <translation>— choose the courier —</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <location filename="../../ui/pages/parcels/__init__.py" line="+25"/>
        <source>快递</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>入库(&amp;1)</source>
        <translation>Check in (&amp;1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在架 / 取件(&amp;2)</source>
        <translation>On shelf / Pickup (&amp;2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>寄件(&amp;3)</source>
        <translation>Outgoing (&amp;3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期 · 退回 · 问题件(&amp;4)</source>
        <translation>Overdue · Returns · Problems (&amp;4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>今日入库</source>
        <translation>In today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今日取出</source>
        <translation>Out today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在架</source>
        <translation>On shelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今日寄件</source>
        <translation>Sent today</translation>
    </message>
</context>
<context>
    <name>PayOverDialog</name>
    <message>
        <location filename="../../ui/pages/payments/payover.py" line="+41"/>
        <source>上交电费</source>
        <translation>Pay over electricity money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先收了村民的现金、后到供电所或在网上缴的电费，在这里记下交给了谁。现金上交会从今天的日结里减去。</source>
        <translation>Electricity money taken in cash first and paid to the power company later: record who it was handed to. Cash paid over is taken off today&apos;s close.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记下上交</source>
        <translation>Record the pay-over</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这次上交的缴费</source>
        <translation>Payments paid over now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>供电所</source>
        <translation>Power supply office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交给谁</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上交方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转账或网上缴费时填，可不填</source>
        <translation>For a transfer or online payment; optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>流水号</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有待上交的电费</source>
        <translation>No electricity money waiting to be paid over</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}（{1} 笔）</source>
        <translation>{0} ({1} payments)</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../../ui/pages/payments/form.py" line="+159"/>
        <location line="+14"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>电费卡、水费单上的户号</source>
        <translation>As on the bill or card</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例如 120.50</source>
        <translation>e.g. 120.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>缴费人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缴费类型</source>
        <translation>Bill type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>登记村民和还款人…</source>
        <translation>Register villager and repayer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存（Enter）</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>这家有 {0} 个户号：按 ↓ 选</source>
        <translation>This household has {0} accounts: press ↓ to choose</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ 记到村民家的垫付账上：先从名单里选村民，不在名单里就登记</source>
        <translation>⚠ Booked to a household: pick the villager from the register, or register them</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>站点垫付要先选村民；不在名单里，点下面的“登记村民和还款人”</source>
        <translation>A station advance needs a villager: not registered? press “Register villager and repayer” below</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>记到 {0} 家的垫付账上，年底向家人收回</source>
        <translation>Goes on {0}&apos;s household advance account, collected from the family at year end</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>没有选中村民：请从列表里选，或直接写缴费人姓名</source>
        <translation>No villager selected: pick one from the list, or just type the payer&apos;s name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>站点为 {0} 垫付{1}（户号 {2}），记到他家的垫付账上。</source>
        <translation>The station advances {1} for {0} (account no. {2}); it goes on the household&apos;s advance account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收 {0} 的{1}（户号 {2}），{3}付款。</source>
        <translation>Collect {1} for {0} (account no. {2}), paid by {3}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 今天已经日结（{0}）：这笔钱记入明天的日结。</source>
        <translation>⚠ Today is already closed ({0}): this money counts in tomorrow&apos;s close.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对金额和缴费人</source>
        <translation>Check the amount and payer</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/pages/payments/__init__.py" line="+32"/>
        <source>代缴费</source>
        <translation>Bill payments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>帮村民缴电费、水费、话费等，保存后打印收据。</source>
        <translation>Pay electricity, water, phone and other bills for villagers; print a receipt after saving.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>搜索姓名、户号、收据号、手机号</source>
        <translation>Name, account, receipt no., mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>双击一行：查看收据、打印或作废</source>
        <translation>Double-click a row to view, print or void the receipt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ 已作废</source>
        <translation>⚠ Voided</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>上交电费（{0} 笔）…</source>
        <translation>Pay over electricity ({0})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收了还没上交的电费 {0} 笔，合计 {1}：记下交给了谁</source>
        <translation>{0} electricity payments taken and not paid over, {1} in all: record who they went to</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>缴费人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+55"/>
        <source>上交电费…</source>
        <translation>Pay over electricity…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>先收了现金、后交给供电所的电费：记下交给了谁</source>
        <translation>Electricity money taken in cash and paid to the power company later: record who it went to</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>合计 {0}（{1} 笔，已作废的不计）&#x3000;{2}</source>
        <translation>Total {0} ({1} payments, voided ones excluded)&#x3000;{2}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已记下上交：{0}</source>
        <translation>Pay-over recorded: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已保存收据 {0}：{1} {2}</source>
        <translation>Receipt {0} saved: {1} {2}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请核对金额和缴费人</source>
        <translation>Check the amount and payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收 张桂兰 的电费（户号 4101234567），现金付款。</source>
        <translation>Collect the electricity bill for 张桂兰 (account no. 4101234567), paid in cash.</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <location filename="../../ui/printing.py" line="+28"/>
        <source>&#x3000;电话：{0}</source>
        <translation>  Tel: {0}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>没有打印机，保存为PDF</source>
        <translation>No printer: save as PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../ui/town/pages/problems.py" line="+28"/>
        <source>拒收与冲突</source>
        <translation>Refusals &amp; conflicts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>发生时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>处理</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ 未处理</source>
        <translation>⚠ Open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已处理</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按站号筛选，如 ZHUPO</source>
        <translation>Filter by station code, e.g. ZHUPO</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>请在左边选一条</source>
        <translation>Choose one on the left</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>例如：已电话联系该站，重新登记了这条记录</source>
        <translation>e.g. Phoned the station; they entered the record again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理说明</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标记已处理</source>
        <translation>Mark as settled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>镇中心已按规则处理了数据（拒收的没有入账；冲突采用了胜出的一方）。核对后写明怎么处理的，服务站下次同步时会看到。</source>
        <translation>The hub has already applied the rules (refused records were not recorded; in a conflict the winning side&apos;s value stands). Check, then note what was done; the station sees it at its next sync.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>镇中心的值：{0}
服务站的值：{1}</source>
        <translation>Town&apos;s value: {0}
Station&apos;s value: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>服务站第 {0} 条记录，登记于 {1}</source>
        <translation>Station record no. {0}, entered {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录编号：{0}</source>
        <translation>Record id: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已处理：{0}，{1}
{2}</source>
        <translation>Settled: {0}, {1}
{2}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已标记处理：{0}</source>
        <translation>Marked as settled: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <location filename="../../ui/pages/parcels/problems.py" line="+33"/>
        <source>保管期</source>
        <translation>Keep for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改保管期</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在架超过保管期未取的快递算超期，可以通知村民或退回快递公司。</source>
        <translation>Parcels left on the shelf longer than the keeping period are overdue: remind the villager or return them to the courier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ 超期未取</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>问题件</source>
        <translation>Problem parcels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部在架</source>
        <translation>All on shelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索：取件码、手机尾号或姓名</source>
        <translation>Search: pickup code, phone last 4 or name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>退回快递公司…</source>
        <translation>Return to courier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记问题…</source>
        <translation>Report problem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题已处理…</source>
        <translation>Problem solved…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>保管期已改为 {0} 天</source>
        <translation>Parcels are now kept {0} days</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取件码 {0}&#x3000;{1}&#x3000;{2} 入库
单号 {3}</source>
        <translation>Pickup code {0}&#x3000;{1}&#x3000;checked in {2}
Tracking no. {3}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>退回快递公司</source>
        <translation>Return to courier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已退回快递公司：{0} {1}</source>
        <translation>Returned to courier: {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回原因</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认退回</source>
        <translation>Confirm return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期无人领取</source>
        <translation>Overdue, nobody collected it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收件人拒收</source>
        <translation>Recipient refused it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>破损，退回快递公司处理</source>
        <translation>Damaged, returned to the courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查无此人</source>
        <translation>No such person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记问题件</source>
        <translation>Report a problem parcel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已登记问题件：{0} {1}</source>
        <translation>Problem parcel recorded: {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题类型</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记问题</source>
        <translation>Report problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外包装破损</source>
        <translation>Packaging damaged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收件人姓名与手机号不符</source>
        <translation>Recipient&apos;s name and mobile don&apos;t match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>货架上找不到</source>
        <translation>Not found on the shelf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>问题已处理</source>
        <translation>Problem solved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>问题已处理，重新在架待取：{0}</source>
        <translation>Problem solved, back on the shelf: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理说明</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处理完毕，放回货架</source>
        <translation>Sorted out, back on the shelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件人同意签收</source>
        <translation>Recipient agreed to accept it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已联系快递公司处理</source>
        <translation>Courier contacted to sort it out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已找到</source>
        <translation>Found</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/pages/team/profile.py" line="+22"/>
        <source>服务站电话</source>
        <translation>Station phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如 0379-67901234</source>
        <translation>e.g. 0379-67901234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如 08:30-12:00,14:30-17:30</source>
        <translation>e.g. 08:30-12:00,14:30-17:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开放日</source>
        <translation>Open days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1到7的数字，1是星期一：如 123456</source>
        <translation>digits 1 to 7, 1 is Monday: e.g. 123456</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存本站信息</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取件短信、进驻服务告知单都写这个电话和开放时间；值班记录按开放时间看有没有人在岗。</source>
        <translation>Pickup messages and service-day notices quote this phone and these hours; the duty log checks cover against the hours.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>村民看到的：{0}，电话 {1}</source>
        <translation>Villagers see: {0}, phone {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本站信息已保存</source>
        <translation>Station details saved</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../../ui/progress.py" line="+16"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../ui/pages/feedback.py" line="+31"/>
        <location line="+37"/>
        <source>请先选一项服务</source>
        <translation>Pick a service first</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民的意见</source>
        <translation>Villager&apos;s comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不满意时必须记下村民的意见，便于回访整改</source>
        <translation>If not satisfied, the villager&apos;s comments must be recorded for the call-back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请村民自己评（屏幕转向村民）…</source>
        <translation>Let the villager rate (turn the screen)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代村民记下（不计入评比）</source>
        <translation>Note it for them (not counted)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>评价：{0}</source>
        <translation>Rating for: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>已记录评价：{0}</source>
        <translation>Rating saved: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>。已生成回访任务，请在“待回访”里跟进</source>
        <translation>. A call-back was created: follow it up under &quot;Call-backs due&quot;</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../../ui/dialogs/rating_screen.py" line="+35"/>
        <source>请您评价</source>
        <translation>Please rate us</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请您为这次服务打分</source>
        <translation>How was this service?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>哪里不满意？说给代办员，帮您记下，站里会回访</source>
        <translation>What went wrong? Tell the agent; the station will call you back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不评了（Esc）</source>
        <translation>Skip (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>也可以按数字键 1 到 5</source>
        <translation>Or press a number key, 1 to 5</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/pages/payments/receipt.py" line="+28"/>
        <source>代缴费用收据</source>
        <translation>Bill payment receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ 已保存。收据号：</source>
        <translation>✓ Saved. Receipt no.:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>收据号：</source>
        <translation>Receipt no.:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>补凭证号…</source>
        <translation>Add voucher…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>收据纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80毫米小票</source>
        <translation>80 mm slip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4纸</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印收据</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>凭证号：{0}</source>
        <translation>Voucher: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还没有凭证号</source>
        <translation>No voucher yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已上交 {0}（{1}，{2}）</source>
        <translation>Paid over to {0} ({1}, {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有上交</source>
        <translation>Not paid over yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>凭证号已补记</source>
        <translation>Voucher number added</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}{1}&#x3000;{2}&#x3000;户号 {3}&#x3000;{4} {5}</source>
        <translation>{0}{1}&#x3000;{2}&#x3000;Account no. {3}&#x3000;{4} {5}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>大写：{0}</source>
        <translation>In words: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 已作废：{0}</source>
        <translation>⚠ Voided: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>收据{0}</source>
        <translation>Receipt {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>收据已保存为PDF：{0}</source>
        <translation>Receipt saved as PDF: {0}</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+42"/>
        <source>收据 {0}：{1} {2} {3}</source>
        <translation>Receipt {0}: {1} {2} {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（站点垫付，这笔垫付也一起作废）</source>
        <translation> (station advance: the advance is voided with it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已作废收据 {0}</source>
        <translation>Receipt {0} voided</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/pages/coop/dialogs.py" line="-37"/>
        <source>农资入库</source>
        <translation>Receive stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}，现有库存 {1} {2}</source>
        <translation>{0}: {1} {2} in stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认入库</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入库数量</source>
        <translation>Quantity received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>供货方</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：县农资公司</source>
        <translation>e.g. county supply company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进货总价（元）</source>
        <translation>Total cost (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/pages/reception.py" line="+49"/>
        <source>一二三四五六日</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}月{1}日 周{2} {3}</source>
        <translation>{0:0&gt;2}-{1:0&gt;2} {3}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>接待预约</source>
        <translation>Visits &amp; bookings</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+21"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+76"/>
        <source>姓名，或手机尾号找村民</source>
        <translation>Name or phone last 4</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+20"/>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>村民组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+75"/>
        <location line="+27"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+21"/>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>例如：问养老金认证</source>
        <translation>e.g. pension verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首问代办员</source>
        <translation>First-contact agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+63"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首问</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>搜索今天的接待：姓名、事由或手机号</source>
        <translation>Search today&apos;s visits: name, purpose or mobile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>接待登记</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>已登记接待：{0}，{1}</source>
        <translation>Visit recorded: {0}, {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+27"/>
        <source>预约人</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yyyy年M月d日</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预约事项</source>
        <translation>Appointment for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：下班后来办社保卡</source>
        <translation>e.g. social security card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>预约</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>预约时间</source>
        <translation>Appointment time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待办</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索：姓名、事项或手机号</source>
        <translation>Search: name, matter or mobile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ 已办</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>延时预约</source>
        <translation>After-hours appointments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（⚠ 已过预约时间）</source>
        <translation> (⚠ past the time)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已预约：{0}，{1}</source>
        <translation>Booked: {0}, {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>预约“{0}”已标记为：{1}</source>
        <translation>Appointment &quot;{0}&quot; marked as: {1}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../ui/dialogs/takeover.py" line="+93"/>
        <source>从镇中心取回本站数据</source>
        <translation>Getting this station&apos;s records back from the town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在登记……</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有网络：① 导出U盘文件，带到镇便民服务中心导入；② 把镇中心的回复文件带回来导入。</source>
        <translation>No network: ① export a USB file and take it to the town service centre to import; ② bring the town&apos;s reply file back and import it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>① 导出U盘文件…</source>
        <translation>① Export USB file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>② 导入镇中心的回复文件…</source>
        <translation>② Import the town&apos;s reply file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>保存到U盘</source>
        <translation>Save to USB stick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步文件 (*.vsbatch)</source>
        <translation>Sync files (*.vsbatch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择镇中心的回复文件</source>
        <translation>Choose the town&apos;s reply file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复文件 (*.vsreply)</source>
        <translation>Reply files (*.vsreply)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>没有接替成功：{0}</source>
        <translation>Could not take over: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>本站已登记。请用U盘把本站数据从镇中心取回来。</source>
        <translation>The station is enrolled. Bring its records back from the town with a USB stick.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在从镇中心取回本站数据……</source>
        <translation>Getting this station&apos;s records back from the town…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在从镇中心取回本站数据：{0} / {1} 条</source>
        <translation>Getting this station&apos;s records back from the town: {0} / {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>暂时连不上镇中心（{0}）。可以稍后再试，或用U盘取回。</source>
        <translation>The town cannot be reached just now ({0}). Try again later, or bring the records back by USB stick.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已导出到 {0}。请带到镇便民服务中心导入，再把回复文件带回来。</source>
        <translation>Exported to {0}. Take it to the town service centre to import, then bring the reply file back.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>镇中心还没有本站的任何记录，无法接替。请先在镇中心核对站点编号；本站从未同步过的话，请改用“新建本村服务站”。</source>
        <translation>The town holds no records of this station, so there is nothing to take over. Check the station code with the town; if the station never synced, choose “Set up this village&apos;s station” instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有全部取回（{0} / {1} 条），请再同步一次。</source>
        <translation>Not everything is back yet ({0} / {1}); please sync once more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已取回本站的 {0} 条记录。点击“完成”后，每位代办员第一次登录时设置自己的密码。</source>
        <translation>{0} records of this station are back. Click “Finish”; each agent sets their own PIN at their first login.</translation>
    </message>
</context>
<context>
    <name>ReleaseTab</name>
    <message>
        <location filename="../../ui/pages/parcels/release.py" line="+69"/>
        <source>取件码、手机尾号或姓名，按回车查找</source>
        <translation>Pickup code, phone last 4 or name, then Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>输入后按回车；只有一件时直接进入确认</source>
        <translation>Type, then press Enter; a single match goes straight to confirmation</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>全部在架快递（双击一行取件）</source>
        <translation>All parcels on the shelf (double-click a row to hand one out)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在下面的列表中筛选</source>
        <translation>Filter the list below</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+128"/>
        <source>请先查找并选中一件快递</source>
        <translation>First find and select a parcel</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>领取人是</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取人姓名</source>
        <translation>Collector&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确认取件（回车）</source>
        <translation>Hand over (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送货上门</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老人、行动不便的村民：代办员送到家后点这里</source>
        <translation>For elderly or less mobile villagers: click here once an agent has taken it to their home</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>这个取件码/尾号还有 {0} 件在架，选中后按回车继续取</source>
        <translation>{0} more on the shelf for this code / phone: select one and press Enter to hand it out</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>⚠ 没有找到在架的快递：{0}</source>
        <translation>⚠ No parcel on the shelf for: {0}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>找到 {0} 件，请用 ↑↓ 选中后按回车</source>
        <translation>{0} found: select one with ↑↓ and press Enter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} 由 {1}（{2}）取走</source>
        <translation>{0} by {1} ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ 已不在架上：{0} {1} 的快递已于 {2}</source>
        <translation>⚠ Not on the shelf: {0} for {1} went on {2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>这件是问题件（{0}），要先在“超期 · 退回 · 问题件”里处理</source>
        <translation>This is a problem parcel ({0}): deal with it under &quot;Overdue · Returns · Problems&quot; first</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>核对后确认取件：</source>
        <translation>Check, then confirm the pickup:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&#x3000;⚠ 要求送货上门</source>
        <translation>&#x3000;⚠ Door delivery requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}&#x3000;{1}&#x3000;{2}{3}
单号 {4}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}{3}
Tracking no. {4}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已取件：{0} {1}，由{2}（{3}）领取</source>
        <translation>Picked up: {0} {1}, collected by {2} ({3})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已送货上门：{0} {1}</source>
        <translation>Delivered to door: {0} {1}</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/pages/advances/dialogs.py" line="-114"/>
        <location line="+3"/>
        <location line="+33"/>
        <source>还款提醒</source>
        <translation>Repayment reminder</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>复制后粘贴到微信或短信里发给还款人，也可以打印出来。</source>
        <translation>Copy it into WeChat or an SMS to the repayer, or print it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复制到剪贴板</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>提醒内容已复制，可以粘贴到微信或短信里</source>
        <translation>Reminder copied: paste it into WeChat or an SMS</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/town/pages/reports.py" line="+100"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>导出CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>全镇合计</source>
        <translation>Town totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各站明细</source>
        <translation>Per station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务标兵排名</source>
        <translation>Service star ranking</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+28"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{0}评选规则：{1}</source>
        <translation>{0}Ranking rule: {1}</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>全镇</source>
        <translation>Whole town</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印正在看的报表；没有打印机时保存为PDF（Ctrl+P）</source>
        <translation>Print the report shown; saved as PDF when there is no printer (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存为 .xlsx 工作簿，可用 Excel 或 WPS 打开</source>
        <translation>Save as an .xlsx workbook for Excel or WPS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>代办员考核</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人排名</source>
        <translation>Personal rank</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>各项数据</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本站代办员</source>
        <translation>The station&apos;s agents</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{0}（{1}）
{2}</source>
        <translation>{0} ({1})
{2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评选规则：{0}</source>
        <translation>Ranking rule: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}报表-{1}</source>
        <translation>{0} report-{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇报表-{0}</source>
        <translation>Town report-{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>报表已保存为PDF：{0}</source>
        <translation>Report saved as PDF: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>报表已导出：{0}</source>
        <translation>Report exported: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择保存CSV的文件夹</source>
        <translation>Choose a folder for the CSV files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出 {0} 个CSV文件到 {1}</source>
        <translation>Exported {0} CSV files to {1}</translation>
    </message>
</context>
<context>
    <name>ServiceDaysPage</name>
    <message>
        <location filename="../../ui/pages/service_days/__init__.py" line="+28"/>
        <source>进驻服务</source>
        <translation>Service days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>服务日</source>
        <translation>Service day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>服务日由镇便民服务中心安排，同步后出现在这里。</source>
        <translation>The town centre plans service days; they appear here after a sync.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>还没有安排服务日</source>
        <translation>No service day planned yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已过</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已报名 {0} 人</source>
        <translation>{0} signed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}–{2}（{3}）</source>
        <translation>{0} {1}–{2} ({3})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>待定</source>
        <translation>to be named</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理：{0}&#x3000;镇里来人：{1}</source>
        <translation>Items: {0}    Town staff: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
这一天已取消：请告诉报名的村民。</source>
        <translation>
This day is cancelled: tell the villagers who signed up.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>进驻服务报名名单{0}</source>
        <translation>Service day sign-ups {0}</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../ui/pages/coop/services.py" line="+39"/>
        <source>培训日期</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训内容</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：石榴冬季修剪</source>
        <translation>e.g. winter pruning of pomegranates</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>讲课人</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村委会会议室</source>
        <translation>Village committee room</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>参加的社员</source>
        <translation>Members who came</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录培训</source>
        <translation>Record training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>搜索培训</source>
        <translation>Search trainings</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已记录培训：{0}，{1} 人参加</source>
        <translation>Training recorded: {0}, {1} came</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>求助社员</source>
        <translation>Member asking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>遇到的问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地块</source>
        <translation>Plot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记求助</source>
        <translation>Record the request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提出</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到田</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>搜索求助</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未到田</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>到田建议</source>
        <translation>Advice in the field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录到田指导（选中的求助）</source>
        <translation>Record the field visit (chosen request)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已登记社员求助</source>
        <translation>Request recorded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先在列表里选中一条求助</source>
        <translation>Choose a request in the list first</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+32"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>切换</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>镇中心地址</source>
        <translation>Town centre address</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>登记到镇中心（同步用）</source>
        <translation>Register with the town centre (for sync)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记码</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用登记文件（没有网络时）</source>
        <translation>Use a file (no network)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已登记到 {0}</source>
        <translation>Registered with {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>现在连不上镇中心。登记码已记下，联网后会自动登记。</source>
        <translation>Can&apos;t reach the town centre now. The code is saved: registration happens by itself once online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>镇中心拒绝登记：{0}</source>
        <translation>The town centre refused the registration: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择镇中心给的登记文件</source>
        <translation>Choose the registration file from the town centre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>快递货架</source>
        <translation>Parcel shelves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>货架数</source>
        <translation>Shelves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每架层数</source>
        <translation>Layers per shelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每层可放件数</source>
        <translation>Parcels per layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管天数</source>
        <translation>Days kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存货架设置</source>
        <translation>Save shelf settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>货架设置已保存</source>
        <translation>Shelf settings saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>短信通知村民</source>
        <translation>Telling villagers by SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>短信猫端口</source>
        <translation>Modem port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如 COM3（Windows）或 /dev/ttyUSB0</source>
        <translation>e.g. COM3 (Windows) or /dev/ttyUSB0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>先用本站短信猫，不行再交镇中心发</source>
        <translation>The station&apos;s modem, else the town&apos;s gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只用本站短信猫</source>
        <translation>The station&apos;s modem only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>只交镇中心发</source>
        <translation>The town&apos;s gateway only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不发短信（复制到微信或打印纸条）</source>
        <translation>No SMS (copy to WeChat or print a slip)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发送方式</source>
        <translation>Send by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递几天没取再催</source>
        <translation>Remind after (days on the shelf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存短信设置</source>
        <translation>Save message settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>测试短信猫</source>
        <translation>Test the modem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>短信设置已保存</source>
        <translation>Message settings saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请先填短信猫的端口</source>
        <translation>Type the modem&apos;s port first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在连接短信猫…</source>
        <translation>Connecting to the modem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>短信猫正常，已连上{0}</source>
        <translation>The modem works: on the {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>服务台</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合作社服务台</source>
        <translation>Cooperative&apos;s desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本村合作社在服务站发放农资、记社员账、组织技术服务时开启。</source>
        <translation>Switch on when the village cooperative hands out supplies, keeps members&apos; accounts and runs technical services at this station.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>合作社服务台已开启</source>
        <translation>The cooperative&apos;s desk is on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合作社服务台已关闭</source>
        <translation>The cooperative&apos;s desk is off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>程序每天自动备份。恢复前会先把当前数据另存一份。</source>
        <translation>The app backs up every day. Before a restore, the current data is saved separately.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从选中的备份恢复</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>导出表格</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>还没有备份。点“立即备份”做第一份。</source>
        <translation>No backups yet. Click &quot;Back up now&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本站已登记到镇中心 {0}。</source>
        <translation>This station is registered with the town centre: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记码已记下，联网后自动登记。</source>
        <translation>Code saved: registration happens by itself once online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有登记。没有网络也能正常使用。</source>
        <translation>Not registered yet. Everything works without a network too.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在列表里选中一个备份。</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定用备份 {0} 替换现在的数据吗？
现在的数据会先另存一份。</source>
        <translation>Replace the current data with backup {0}?
The current data will be saved separately first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在恢复……</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已恢复。恢复前的数据另存为 {0}</source>
        <translation>Restored. The data from before is saved as {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出到哪个文件夹</source>
        <translation>Export to which folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导出 {0} 个表格</source>
        <translation>Exported {0} CSV files</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../ui/pages/coop/dialogs.py" line="+41"/>
        <source>结算农资欠款</source>
        <translation>Settle the supplies account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 现欠 {1}。收现金、微信、支付宝，或在合作社收购石榴时抵扣。</source>
        <translation>{0} owes {1}. Take cash, WeChat or Alipay, or deduct it at the cooperative&apos;s pomegranate purchase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认结算</source>
        <translation>Confirm settlement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结算金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结算方式</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="+34"/>
        <source>服务站设置向导</source>
        <translation>Station setup</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>正在生成演示数据，请稍候……</source>
        <translation>Making the demo data, please wait…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有建成：{0}</source>
        <translation>Setup failed: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>镇中心数据已建好。点击“完成”进入登录。</source>
        <translation>The town centre data is ready. Click &quot;Finish&quot; to log in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务站已建好。点击“完成”进入登录。</source>
        <translation>The station is ready. Click &quot;Finish&quot; to log in.</translation>
    </message>
</context>
<context>
    <name>SignUpPanel</name>
    <message>
        <location filename="../../ui/pages/service_days/signup.py" line="+29"/>
        <source>姓名、手机号或尾号</source>
        <translation>Name, phone or last 4 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已有材料</source>
        <translation>Materials they have</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报名</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{0} 已报名。还要带：{1}。请点右边的“打印告知单”交给村民。</source>
        <translation>{0} is signed up. Still to bring: {1}. Use “Print notice” on the right to give them the list.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>这个服务日已取消，不能再报名。</source>
        <translation>This service day is cancelled: no more sign-ups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个服务日已经过去了：在右边记录每位村民的办理结果。</source>
        <translation>This service day is over: record each villager&apos;s outcome on the right.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}（可以后补）</source>
        <translation>{0} (may follow later)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} 已报名，材料已齐。</source>
        <translation>{0} is signed up; materials complete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 已报名</source>
        <translation>{0} signed up</translation>
    </message>
</context>
<context>
    <name>SignupsPanel</name>
    <message>
        <location filename="../../ui/pages/service_days/signups.py" line="+34"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>齐了</source>
        <translation>complete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索报名：姓名、电话或事项</source>
        <translation>Search sign-ups: name, phone or item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>记录办理结果…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印告知单</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印名单</source>
        <translation>Print list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消报名…</source>
        <translation>Cancel sign-up…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（代办 {0}）</source>
        <translation> (case {0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>服务日当天起，在这里记录每位村民的办理结果。</source>
        <translation>From the day on, record each villager&apos;s outcome here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请先在列表里选中一位报名的村民</source>
        <translation>Choose a villager in the list first</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，已转为代办件 {0}</source>
        <translation>, now full-agency case {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>进驻服务告知单{0}</source>
        <translation>Service day notice {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消 {0} 的报名</source>
        <translation>{0}&apos;s sign-up cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消 {0} 报名的“{1}”吗？</source>
        <translation>Cancel {0}&apos;s sign-up for “{1}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消报名</source>
        <translation>Cancel sign-up</translation>
    </message>
</context>
<context>
    <name>StaffLoginDialog</name>
    <message>
        <location filename="../../ui/town/login.py" line="+20"/>
        <source>镇中心工作人员登录</source>
        <translation>Town centre staff login</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已锁定，请输入密码继续</source>
        <translation>Locked: enter your password to continue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请输入您的姓名和密码</source>
        <translation>Enter your name and password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="-230"/>
        <source>服务站信息</source>
        <translation>Station details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>站点编号</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拼音字母，如 ZHUPO</source>
        <translation>Pinyin letters, e.g. ZHUPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>服务站名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>站点编号由镇便民服务中心统一分配，之后不能修改。</source>
        <translation>The station code is assigned by the town service centre and cannot be changed later.</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <location filename="../../ui/town/pages/stations.py" line="+35"/>
        <source>站点</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最近同步</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时钟</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序版本</source>
        <translation>Program version</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <location line="+37"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>待上传</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按编号或名称找</source>
        <translation>Find by code or name</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+12"/>
        <source>登记新站点</source>
        <translation>Register new station</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>例如 ZHUPO</source>
        <translation>e.g. ZHUPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如 朱坡村便民服务站</source>
        <translation>e.g. Zhupo village service station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点编号</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同时保存离线登记文件</source>
        <translation>Also save an offline enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>给没有网络的站：文件用U盘带过去，在站里登记</source>
        <translation>For a station with no network: carry the file there on a USB stick and enrol with it</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>选中的站点</source>
        <translation>Selected station</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>A岗 / B岗</source>
        <translation>Post A / Post B</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+163"/>
        <source>请在左边选一个站点</source>
        <translation>Pick a station on the left</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>重发登记码</source>
        <translation>Reissue code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>停用</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>忘了密码的</source>
        <translation>Forgot PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发密码重置码</source>
        <translation>PIN reset code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办员忘了密码、另一位又不在时：给他一个一次性重置码，在电话里念给他</source>
        <translation>An agent forgot their PIN and the colleague is away: give them a one-time reset code, read out on the phone</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+5"/>
        <source>未设岗位</source>
        <translation>No post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（已离岗）</source>
        <translation> (left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}：{1}{2}</source>
        <translation>{0}: {1}{2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有同步来代办员</source>
        <translation>No agents synced yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话：{0}</source>
        <translation>Phone: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>营业时间：{0}</source>
        <translation>Hours: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>营业时间：站里还没设置（按 {0}）</source>
        <translation>Hours: not set at the station (taken as {0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已停用</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复中</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待登记</source>
        <translation>Awaiting registration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在从镇中心取回记录（{0}开始）</source>
        <translation>Getting its records back from the town (since {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 从镇中心取回了全部记录（换电脑或恢复备份）</source>
        <translation>{0}: got all its records back from the town (new PC or restored backup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从未恢复过</source>
        <translation>Never recovered</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>准</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 天</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 小时</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快 {0}</source>
        <translation>{0} fast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>慢 {0}</source>
        <translation>{0} slow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>从未同步</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}（{1}）· {2}
最近同步：{3}；时钟：{4}；程序版本：{5}</source>
        <translation>{0} ({1}) · {2}
Last sync: {3}; clock: {4}; program version: {5}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复：{0}</source>
        <translation>Recovery: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>近30天代办员密码输错被锁定 {0} 次</source>
        <translation>Agent PIN locked out {0} times in the last 30 days</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>保存离线登记文件</source>
        <translation>Save offline registration file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记文件 (*.json)</source>
        <translation>Registration file (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>停用站点</source>
        <translation>Stop station</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}（{1}）的一次性登记码，14天内有效：</source>
        <translation>One-time registration code for {0} ({1}), valid 14 days:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>请抄给站点，在站点的“设置”页登记时输入。只显示这一次。</source>
        <translation>Give it to the station to type in when registering on its Settings page. Shown only this once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
离线登记文件已保存：{0}（内含密钥，请用U盘交给站点，妥善保管）</source>
        <translation>
Offline registration file saved: {0} (it holds the key: carry it to the station on a USB stick and keep it safe)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已登记站点 {0}</source>
        <translation>Registered station {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>站点 {0} 已经登记过；要换电脑重新登记，请在左边选中它，点“重发登记码”</source>
        <translation>Station {0} is already registered; for a new PC select it on the left and click &quot;Reissue code&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已给 {0} 重发登记码</source>
        <translation>New registration code issued for {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}（{1}）的一次性密码重置码，{2}小时内有效（到 {3}）：</source>
        <translation>One-time PIN reset code for {0} ({1}), valid {2} hours (until {3}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请在电话里念给代办员。站里同步一次后，他用这个重置码设一个新密码。只显示这一次。</source>
        <translation>Read it out to the agent on the phone. Once the station has synced, they set a new PIN with it. Shown this once only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已给 {0} 的 {1} 发密码重置码</source>
        <translation>PIN reset code issued for {1} of {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>停用站点 {0}（{1}）？
停用后它的同步和U盘文件都不再接收，已收到的记录保留。
要恢复，给它重发登记码。</source>
        <translation>Stop station {0} ({1})?
Its sync and USB files will no longer be accepted; records already received stay.
To restore it, reissue its registration code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已停用站点 {0}（{1}）</source>
        <translation>Stopped station {0} ({1})</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../ui/pages/coop/stock.py" line="+23"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农资</source>
        <translation>Supply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单价</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索农资</source>
        <translation>Search supplies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>库存不会变成负数：发放时不够，先盘点架上实有数量（写明差异原因）。</source>
        <translation>Stock never goes below zero: if a hand-out finds too little, count the shelf first (saying why it differs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入库…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>盘点…</source>
        <translation>Count…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增农资…</source>
        <translation>New supply…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请先选中一种农资</source>
        <translation>Choose a supply first</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+23"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>与镇便民服务中心同步</source>
        <translation>Sync with the town service centre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>镇中心地址：</source>
        <translation>Town centre address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待发送记录：</source>
        <translation>Records to send:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次同步成功：</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进度：</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消同步</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出到U盘（没有网络时）</source>
        <translation>Export to USB stick (no network)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入镇中心回执文件</source>
        <translation>Import reply file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>镇中心退回或有冲突的记录</source>
        <translation>Rejected or conflicting records</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>未登记（在“设置”页登记，或用U盘文件同步）</source>
        <translation>Not registered (register on the &quot;Settings&quot; page, or sync with USB files)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>保存到U盘</source>
        <translation>Save to USB stick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同步文件 (*.vsbatch)</source>
        <translation>Sync files (*.vsbatch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出 {0} 条记录到 {1}，请带到镇中心导入</source>
        <translation>Exported {0} records to {1}: take it to the town centre to import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择镇中心的回执文件</source>
        <translation>Choose the reply file from the town centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执文件 (*.vsreply *.vsbatch);;所有文件 (*)</source>
        <translation>Reply files (*.vsreply *.vsbatch);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入回执</source>
        <translation>Import reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回执已导入：镇中心已收到本站的记录，待发送 {0} 条。</source>
        <translation>Reply imported: the town centre has received this station&apos;s records; {0} still to send.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{0} 条</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有同步过</source>
        <translation>Never synced yet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>退回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有问题记录。</source>
        <translation>No problem records.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../ui/sync_status.py" line="+17"/>
        <source>同步：未登记到镇中心（本机保存）</source>
        <translation>Sync: not registered with the town centre (saved on this computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同步中 {0}%</source>
        <translation>Syncing {0}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>镇中心拒绝同步</source>
        <translation>Town centre refused sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已同步 {0}</source>
        <translation>Synced {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 条待发送</source>
        <translation>{0} to send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {0} 个问题</source>
        <translation>⚠ {0} problems</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <location filename="../../ui/pages/coop/dialogs.py" line="-71"/>
        <source>退回农资</source>
        <translation>Take supplies back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 领的 {1} {2} {3}，退回一部分或全部：按原价退，原来记账的从账上减，付现金的退现金。</source>
        <translation>{0} took {2} {3} of {1}. Take back some or all at the price paid: on account comes off the account, cash is paid back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确认退回</source>
        <translation>Confirm return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回数量</source>
        <translation>Quantity returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退款方式</source>
        <translation>Refund by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按原付款方式</source>
        <translation>As it was paid</translation>
    </message>
</context>
<context>
    <name>TakeoverPage</name>
    <message>
        <location filename="../../ui/dialogs/takeover.py" line="-205"/>
        <source>接替原来的服务站</source>
        <translation>Take over the station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请先请镇便民服务中心在“站点”页给本站“重发登记码”。有网络时填地址、站点编号和登记码；没有网络时选择镇中心给的登记文件（U盘带来）。</source>
        <translation>First ask the town service centre to “Re-issue code” for this station on its Stations page. With a network, fill in the address, station code and enrolment code; without one, choose the enrolment file the town gave you (on a USB stick).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>镇中心地址</source>
        <translation>Town hub address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>站点编号</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拼音字母，如 ZHUPO</source>
        <translation>Pinyin letters, e.g. ZHUPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记码</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有网络时：选择登记文件</source>
        <translation>Without a network: choose the enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记文件</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择登记文件…</source>
        <translation>Choose enrolment file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择镇中心给的登记文件</source>
        <translation>Choose the enrolment file from the town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记文件 (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请填镇中心地址，或选择登记文件</source>
        <translation>Fill in the town hub address, or choose the enrolment file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填镇中心给的登记码</source>
        <translation>Fill in the enrolment code from the town</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/pages/team/__init__.py" line="+18"/>
        <source>人员值班</source>
        <translation>People &amp; duty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>代办员与岗位</source>
        <translation>Agents and posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班记录</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本站电话与开放时间</source>
        <translation>Phone and opening hours</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="+53"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>件快递在架待取</source>
        <translation>Parcels waiting on the shelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件快递超期未取</source>
        <translation>Parcels overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>件代办临近期限 / 已超期</source>
        <translation>Cases due soon / overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个今日预约</source>
        <translation>Appointments today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>垫付待收回</source>
        <translation>Advances to collect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今日应收现金</source>
        <translation>Cash expected today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个待回访</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条记录待同步到镇中心</source>
        <translation>Records to sync to the town centre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>垫付待收回（%n 户）</source>
        <translation>
            <numerusform>Advances to collect (%n household)</numerusform>
            <numerusform>Advances to collect (%n households)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日应收现金（未日结）</source>
        <translation>Cash expected today (not closed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日已日结；之后又收现金 {0}，记入明天的日结</source>
        <translation>Today is closed; {0} cash taken since counts in tomorrow&apos;s close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日现金（已日结）</source>
        <translation>Cash today (closed)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今天没有待办事项。</source>
        <translation>Nothing to do today.</translation>
    </message>
</context>
<context>
    <name>TodoText</name>
    <message>
        <location line="-98"/>
        <source>代办件 {0} {1}：{2}，期限 {3}</source>
        <translation>Case {0} {1}: {2}, due {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代办件 {0} {1}：{2}，待交给村民</source>
        <translation>Case {0} {1}: {2}, to hand to the villager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>代办件 {0} {1} 待补正：{2}</source>
        <translation>Case {0} {1} needs: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约 {0} {1}：{2}</source>
        <translation>Appointment {0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期快递 {0} {1}，{2} 入库</source>
        <translation>Overdue parcel {0} {1}, in since {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待回访：{0}</source>
        <translation>Call back: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不满意评价</source>
        <translation>a poor rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇里进驻服务 {0} {1}–{2}：已报名 {3} 人</source>
        <translation>Town service day {0} {1}–{2}: {3} signed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社员求助 {0}：{1}（{2} 提出）</source>
        <translation>Member {0} asks for help: {1} (since {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>镇中心有 {0} 条新回复，请看“通知来信”</source>
        <translation>{0} new answers from the town: see Notices &amp; letters</translation>
    </message>
</context>
<context>
    <name>ToldText</name>
    <message>
        <location filename="../../ui/told.py" line="+26"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>告知村民：
{0}</source>
        <translation>Told the villager:
{0}</translation>
    </message>
</context>
<context>
    <name>TownCasesPage</name>
    <message>
        <location filename="../../ui/town/pages/cases.py" line="+30"/>
        <source>代办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <location line="+83"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>全部服务站</source>
        <translation>All stations</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>件号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ 超期 {0}</source>
        <translation>⚠ Overdue {0}</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>全部事项</source>
        <translation>All items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部窗口</source>
        <translation>All windows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ 已超期</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三天内到期</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>村民</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待受理</source>
        <translation>To accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待补正</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选用上面的选项</source>
        <translation>Use the filters above</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+44"/>
        <source>请在左边选一件</source>
        <translation>Pick a case on the left</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>待补正须写明缺的材料</source>
        <translation>Needs correction: say which materials are missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存状态</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>改动在服务站下次同步时送到站里</source>
        <translation>The change reaches the station at its next sync</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} · {1} · {2}
现在：{3}</source>
        <translation>{0} · {1} · {2}
Now: {3}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>办理经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>镇中心 {0}</source>
        <translation>Town centre, {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>镇中心</source>
        <translation>Town centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} 已改为“{1}”</source>
        <translation>{0} changed to &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（与服务站的改动冲突，已记入问题）</source>
        <translation>(conflicts with a change at the station; recorded as a problem)</translation>
    </message>
</context>
<context>
    <name>TownCataloguePage</name>
    <message>
        <location filename="../../ui/town/pages/catalogue.py" line="+38"/>
        <source>服务目录与通知</source>
        <translation>Catalogue &amp; notices</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>在办</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⏸ 暂停</source>
        <translation>⏸ Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 工作日</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按编号、名称或窗口找</source>
        <translation>Find by code, name or window</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>镇中心短信</source>
        <translation>Town SMS</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>＋ 新建事项</source>
        <translation>+ New item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建一个服务事项（Ctrl+N）</source>
        <translation>Create a service item (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例如 MZ-08</source>
        <translation>e.g. MZ-08</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选一个窗口，或写一个新窗口</source>
        <translation>Choose a window, or type a new one</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如 不收费</source>
        <translation>e.g. free of charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办（不勾选即暂停受理）</source>
        <translation>Active (untick to pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项编号</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>Who it serves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政策依据</source>
        <translation>Policy basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收费标准</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收费说明</source>
        <translation>Fee note</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>必交</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>请在左边选一个事项，或新建事项</source>
        <translation>Choose an item on the left, or create one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新建事项：编号发布后不能再改，请核对</source>
        <translation>New item: the code cannot change once published; check it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编号是这个事项的记录号，各站的代办件按编号找它，所以发布后不能改。要换编号，请新建事项并暂停这一项。</source>
        <translation>The code is the item&apos;s record key: the stations&apos; cases find the item by it, so it cannot change once published. To use another code, create a new item and pause this one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>发布新事项</source>
        <translation>Publish new item</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>新事项 {0} {1} 已发布，各站下次同步时收到</source>
        <translation>New item {0} {1} published; stations receive it at their next sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} 已发布第 {2} 版，各站下次同步时收到</source>
        <translation>{0} {1} version {2} published; stations receive it at their next sync</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>办事材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>服务事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通知</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>加一项材料</source>
        <translation>Add a material</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删去选中的材料</source>
        <translation>Remove selected material</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>不勾选“必交”的材料可容缺受理，办结前补交。</source>
        <translation>Materials not marked &quot;required&quot; may follow later, before the case is finished.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+102"/>
        <source>发布这项事项</source>
        <translation>Publish this item</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>发布后版本加一，各站下次同步时收到</source>
        <translation>Publishing raises the version; stations receive it at their next sync</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>不勾选：容缺，可先受理后补交</source>
        <translation>Unticked: may follow later</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0} {1} · {2} · 第 {3} 版</source>
        <translation>{0} {1} · {2} · version {3}</translation>
    </message>
</context>
<context>
    <name>TownCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/pins.py" line="+36"/>
        <source>用镇中心的重置码</source>
        <translation>Use the town&apos;s reset code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 忘了密码、站里又没有别的代办员时：打电话请镇中心发一个重置码，同步后在这里输入重置码和新密码。</source>
        <translation>{0} forgot their PIN and nobody else is here: phone the town centre for a reset code; after a sync, type the code and a new PIN here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重设</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重置码</source>
        <translation>Reset code</translation>
    </message>
</context>
<context>
    <name>TownDutyPage</name>
    <message>
        <location filename="../../ui/town/pages/duty.py" line="+36"/>
        <source>值班与抽查</source>
        <translation>Duty &amp; checks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>‹ 上一周</source>
        <translation>‹ Previous week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一周 ›</source>
        <translation>Next week ›</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>记录一次抽查</source>
        <translation>Record a spot check</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>如：电话无人接，到站时门锁着</source>
        <translation>e.g. nobody answered the phone, door locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查时间</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抽查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在岗的人</source>
        <translation>Found at post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情况说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录抽查</source>
        <translation>Record check</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>抽查只记在镇中心，不发给服务站。和值班记录对照：站里的值班记录要等它下次同步才到。</source>
        <translation>Checks stay at the town; stations never receive them. They are compared with the duty log, which reaches the town at the station&apos;s next sync.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（已离岗）</source>
        <translation> (left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无人在岗</source>
        <translation>Nobody at the post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}（站里还没设置，按默认）</source>
        <translation>{0} (not set at the station: the default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班记录同步到 {0}</source>
        <translation>Duty log synced up to {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个站还没有同步过</source>
        <translation>This station has never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>营业时间：{0}。本周有 {1} 天营业时间内无人值班，共 {2} 分钟；抽查 {3} 次，与值班记录不一致 {4} 次。{5}</source>
        <translation>Hours: {0}. This week the post was empty in opening hours on {1} days, {2} minutes in all; spot checks: {3}, disagreeing with the log: {4}. {5}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值班（谁、几点到几点）</source>
        <translation>On duty (who, from–to)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无人值班的时段</source>
        <translation>Uncovered hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>抽查</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>还没同步到这一天</source>
        <translation>Not synced this far yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}–{1} {2}{3}</source>
        <translation>{0}–{1} {2}{3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>休息</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有上岗记录</source>
        <translation>Nobody logged in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还没有上岗记录</source>
        <translation>Nobody logged in yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>休息日</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ 全天有人</source>
        <translation>✓ Covered all day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}（共 {1} 分钟）</source>
        <translation>{0} ({1} min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>无人</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}{1} 实际：{2}；记录：{3}（{4}，{5}）</source>
        <translation>{0}{1} found: {2}; log: {3} ({4}, {5})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已记录 {0} 的抽查（{1}）</source>
        <translation>Spot check at {0} recorded ({1})</translation>
    </message>
</context>
<context>
    <name>TownLettersPage</name>
    <message>
        <location filename="../../ui/town/pages/letters.py" line="+35"/>
        <source>站点来信</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+117"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+118"/>
        <source>未读</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>来信</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按站名或编号找</source>
        <translation>Find by station name or code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有未读</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请在左边选一个服务站</source>
        <translation>Choose a station on the left</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>看照片</source>
        <translation>View photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存附件…</source>
        <translation>Save attachment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>回复</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发送回复</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只发给这个服务站，它下次同步时收到</source>
        <translation>Goes to this station only, at its next sync</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0}（{1}）的来信和回复</source>
        <translation>Letters from {0} ({1}) and the town&apos;s replies</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{0}”（{1}）</source>
        <translation>“{0}” ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不针对哪封信</source>
        <translation>No letter in particular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个站还没有来信。也可以直接给它写一条。</source>
        <translation>No letters from this station yet. You can still write to it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已读（{0}）</source>
        <translation>Read ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已读</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>【{0}】{1}</source>
        <translation>[{0}] {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件：{0}</source>
        <translation>Attachment: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>镇中心 {0} · {1}</source>
        <translation>Town centre, {0} · {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复“{0}”</source>
        <translation>Re: “{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>保存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>附件已保存：{0}</source>
        <translation>Attachment saved: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{0}”不是照片，请保存后用别的程序打开</source>
        <translation>“{0}” is not a photo: save it and open it with another program</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已回复 {0}，它下次同步时收到</source>
        <translation>Replied to {0}; it receives the reply at its next sync</translation>
    </message>
</context>
<context>
    <name>TownNoticesPanel</name>
    <message>
        <location filename="../../ui/pages/today_notices.py" line="+13"/>
        <source>镇中心通知</source>
        <translation>Town notices</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>点一下通知看全文</source>
        <translation>Click a notice to read it all</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>暂无通知。镇中心发来的通知在同步后显示在这里。</source>
        <translation>No notices. Notices from the town appear here after a sync.</translation>
    </message>
</context>
<context>
    <name>TownPage</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="-43"/>
        <source>镇便民服务中心</source>
        <translation>Town service centre</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>中心名称</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>例如 小浪底镇便民服务中心</source>
        <translation>e.g. Xiaolangdi Town Service Centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>工作人员姓名</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>登录密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再输一遍密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>以后可以用 station-hub staff add 增加工作人员。</source>
        <translation>More staff can be added later with station-hub staff add.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>两次输入的密码不一样</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>TownPrintText</name>
    <message>
        <location filename="../../ui/town/printouts.py" line="+85"/>
        <source>统计期：{0} 至 {1}</source>
        <translation>Period: {0} to {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末数截至：{0}</source>
        <translation>Balances as of: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制表时间：{0}</source>
        <translation>Prepared: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>办理事项统计口径</source>
        <translation>How services handled are counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意率口径</source>
        <translation>How satisfaction is counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期末数说明</source>
        <translation>About the balances</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>评选规则：</source>
        <translation>Ranking rule: </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>制表人：____________</source>
        <translation>Prepared by: ____________</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>审核人：____________</source>
        <translation>Checked by: ____________</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期：______年____月____日</source>
        <translation>Date: ____________</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>代办员</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇中心工作人员</source>
        <translation>Town centre staff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>各站明细（一）：办理事项、代缴与垫付</source>
        <translation>Stations (1): services handled, bill payments and advances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各站明细（二）：快递、代办件、接待与评价</source>
        <translation>Stations (2): parcels, cases, visits and ratings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务站：{0}个</source>
        <translation>Stations: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全镇合计</source>
        <translation>Town totals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}（{1}分）</source>
        <translation>{0} ({1} points)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>服务站</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}便民服务报表</source>
        <translation>{0} service report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>综合得分 {0}</source>
        <translation>Total score {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}月</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{0}季度</source>
        <translation>Q{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>各项数据</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1}便民服务报表</source>
        <translation>{0} {1} service report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · 站号：{1}</source>
        <translation>{0} · station code: {1}</translation>
    </message>
</context>
<context>
    <name>TownServiceDaysPage</name>
    <message>
        <location filename="../../ui/town/pages/service_days.py" line="+31"/>
        <source>进驻服务</source>
        <translation>Service days</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+53"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+21"/>
        <source>服务站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>办理事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：孙丽、王海涛</source>
        <translation>e.g. 孙丽、王海涛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：请村民带老花镜</source>
        <translation>e.g. bring reading glasses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>安排服务日</source>
        <translation>Plan the day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>安排好的服务日在各站下次同步时出现，站里给村民报名并告知要带的材料。</source>
        <translation>A planned day reaches its stations at their next sync; they sign villagers up and tell them what to bring.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已安排 {0} 的进驻服务，{1} 个站下次同步时收到</source>
        <translation>Service day {0} planned; {1} stations receive it at their next sync</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>报名</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+16"/>
        <source>办好</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索：服务站、事项或工作人员</source>
        <translation>Search: station, item or staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今后的</source>
        <translation>Coming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>材料不全</source>
        <translation>Materials missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转镇里</source>
        <translation>To town hall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没来</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待记录</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>取消这一天…</source>
        <translation>Cancel this day…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} {1} 人</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}&#x3000;工作人员：{1}
{2}</source>
        <translation>{0}    Staff: {1}
{2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有村民报名</source>
        <translation>No sign-ups yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请先在列表里选中一个服务日</source>
        <translation>Choose a service day in the list first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消 {0} 的进驻服务，各站下次同步时收到</source>
        <translation>Service day {0} cancelled; the stations learn at their next sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消服务日</source>
        <translation>Cancel service day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消 {0} 的进驻服务。原因（各站会看到）：</source>
        <translation>Cancel the service day of {0}. Reason (the stations see it):</translation>
    </message>
</context>
<context>
    <name>TownSmsPanel</name>
    <message>
        <location filename="../../ui/town/pages/town_sms.py" line="+35"/>
        <source>发送镇中心短信</source>
        <translation>Send town SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>各站没有短信猫时，把给村民的通知留给镇中心发送；这里通过镇里的短信网关发出，结果在该站下次同步时送回。网关用 station-hub sms gateway 设置，也可以让计划任务定时运行 station-hub sms send。</source>
        <translation>When a station has no SMS modem, it leaves its messages to villagers for the town: they are sent here through the town&apos;s SMS gateway, and the outcome goes back at the station&apos;s next sync. Set the gateway with station-hub sms gateway; a scheduled task can also run station-hub sms send.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>还没有设置短信网关：请在镇中心电脑上运行 station-hub sms gateway --url 地址 --key 密钥</source>
        <translation>No SMS gateway set yet: on the town PC run station-hub sms gateway --url URL --key KEY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已启用</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已停用</source>
        <translation>off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短信网关{0}：{1}（密钥 {2}），待发 {3} 条</source>
        <translation>SMS gateway {0}: {1} (key {2}), {3} waiting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}  {1} {2}  {3}：{4}</source>
        <translation>{0}  {1} {2}  {3}: {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有留给镇中心发送的短信</source>
        <translation>No messages left for the town to send</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>发出 {0} 条，失败 {1} 条，等待重试 {2} 条</source>
        <translation>{0} sent, {1} failed, {2} waiting to retry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；{0} 条已不属实（如包裹已取走），不发</source>
        <translation>; {0} kept back as no longer true (a parcel already collected, say)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；已停止：{0}</source>
        <translation>; stopped: {0}</translation>
    </message>
</context>
<context>
    <name>TownText</name>
    <message>
        <location filename="../../ui/town/pages/dashboard.py" line="-139"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>TownWindow</name>
    <message>
        <location filename="../../ui/town/window.py" line="+19"/>
        <source>镇中心</source>
        <translation>Town centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>镇中心数据：{0}</source>
        <translation>Town centre data: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>换人</source>
        <translation>Switch agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换另一位工作人员登录</source>
        <translation>Log in as another staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>工作人员：{0}</source>
        <translation>Staff: {0}</translation>
    </message>
</context>
<context>
    <name>TownWordPage</name>
    <message>
        <location filename="../../ui/pages/town_word/__init__.py" line="+17"/>
        <source>通知来信</source>
        <translation>Notices &amp; letters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>镇中心通知</source>
        <translation>Town notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>给镇里写信</source>
        <translation>Letters to the town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>给镇里写信（{0} 条新回复）</source>
        <translation>Letters to the town ({0} new answers)</translation>
    </message>
</context>
<context>
    <name>TownWords</name>
    <message>
        <location filename="../../ui/town/words.py" line="+14"/>
        <source>从未同步</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}小时前</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}天前</source>
        <translation>{0} days ago</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}年度</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}年第{1}季度</source>
        <translation>{0} Q{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}年{1}月</source>
        <translation>{0}-{1:02d}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全镇（{0}个站）</source>
        <translation>Whole town ({0} stations)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>在岗</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已离岗</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>每天</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}至{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>VillagerEditor</name>
    <message>
        <location filename="../../ui/pages/villagers/editor.py" line="-162"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11位手机号，可不填</source>
        <translation>11-digit mobile, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18位，可不填</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如：三组</source>
        <translation>e.g. Group 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>新增村民</source>
        <translation>New villager</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改村民：{0}（身份证 {1}）</source>
        <translation>Edit villager: {0} (ID {1})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已保存村民：{0}</source>
        <translation>Villager saved: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已登记新村民：{0}</source>
        <translation>New villager registered: {0}</translation>
    </message>
</context>
<context>
    <name>VillagerPicker</name>
    <message>
        <location filename="../../ui/pages/payments/form.py" line="-285"/>
        <source>姓名、手机号或手机尾号</source>
        <translation>Name, mobile or last 4</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>✓ 已选村民：{0}&#x3000;{1}</source>
        <translation>✓ Villager: {0}&#x3000;{1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villagers/picker.py" line="+22"/>
        <source>尾号{0}</source>
        <translation>phone …{0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>输入姓名、手机号或尾号4位查找村民</source>
        <translation>Type a name, mobile or last 4 digits to find a villager</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>没有找到，请换个写法或先在“村民”页登记</source>
        <translation>Not found: try another spelling, or register them on the &quot;Villagers&quot; page first</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✓ 已选村民：{0}</source>
        <translation>✓ Villager: {0}</translation>
    </message>
</context>
<context>
    <name>VillagersPage</name>
    <message>
        <location filename="../../ui/pages/villagers/__init__.py" line="+21"/>
        <source>村民</source>
        <translation>Villagers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村民组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索：姓名、手机号或尾号4位</source>
        <translation>Search: name, mobile or last 4 digits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>村民资料</source>
        <translation>Villager details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家属联系人</source>
        <translation>Family contacts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>家属联系人（{0}）</source>
        <translation>Family contacts ({0})</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/pages/payments/dialogs.py" line="+15"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>作废后记录仍保留，划线显示，不再计入合计。</source>
        <translation>A voided record stays, struck through, and no longer counts in the totals.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例如：金额输错、重复录入</source>
        <translation>e.g. wrong amount, entered twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>不作废（Esc）</source>
        <translation>Don&apos;t void (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认作废</source>
        <translation>Confirm void</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../ui/pages/payments/payover.py" line="-55"/>
        <source>补凭证号</source>
        <translation>Add the voucher number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
缴费后才拿到的缴费凭证号或交易流水号，补记在这笔缴费上。</source>
        <translation>{0}
The power company&apos;s voucher or transaction number, given after the payment: added to this payment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存凭证号</source>
        <translation>Save the voucher number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如 GW20261201-8891</source>
        <translation>e.g. GW20261201-8891</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/dialogs/wizard.py" line="-48"/>
        <source>欢迎使用村便民服务站</source>
        <translation>Welcome to the Village Service Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这台电脑上还没有服务站的数据。请选择：</source>
        <translation>This computer has no station data yet. Please choose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建本村服务站（正式使用）</source>
        <translation>Set up this village&apos;s station (for real use)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先用演示数据试一试（一年的模拟记录，随时可以重新安装）</source>
        <translation>Try it first with demo data (a year of made-up records; you can reinstall at any time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑接替原来的服务站（换了电脑或数据丢了：从镇中心取回本站全部记录）</source>
        <translation>This PC takes over the station (a new PC or lost data: get all the station&apos;s records back from the town)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是镇便民服务中心的电脑（汇总各站数据）</source>
        <translation>This is the town service centre&apos;s PC (collects every station&apos;s data)</translation>
    </message>
</context>
<context>
    <name>_NewPin</name>
    <message>
        <location filename="../../ui/dialogs/pins.py" line="-61"/>
        <source>新密码</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再输一遍</source>
        <translation>Again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>两次输入的密码不一样</source>
        <translation>The two PINs are not the same</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/boot.py" line="+78"/>
        <source>程序出了意外的错误：{0}</source>
        <translation>Something unexpected went wrong: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>详细情况已记在日志文件里，请把它发给镇便民服务中心：
{0}</source>
        <translation>The details are in the log file; please send it to the town service centre:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已自动备份（{0}）</source>
        <translation>Backed up ({0})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>无法打开数据文件：{0}</source>
        <translation>Cannot open the data file: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>无法打开镇中心数据：{0}</source>
        <translation>Cannot open the town centre data: {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/pins.py" line="-13"/>
        <source>4到8位数字</source>
        <translation>4 to 8 digits</translation>
    </message>
</context>
</TS>
