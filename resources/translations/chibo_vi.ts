<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="186" />
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="186" />
        <source>Change an account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="188" />
        <source>Give the person their sign-in name and first password; they can change the password themselves later (menu Account).</source>
        <translation>Báo cho người đó tên đăng nhập và mật khẩu ban đầu; sau đó họ có thể tự đổi mật khẩu (trình đơn Tài khoản).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="192" />
        <source>The sign-in name stays as it is.</source>
        <translation>Tên đăng nhập giữ nguyên, không đổi được.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="193" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="204" />
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="209" />
        <source>&amp;Show what I type</source>
        <translation>Hiện &amp;chữ đang gõ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="211" />
        <source>Sign-in &amp;name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="212" />
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="224" />
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="213" />
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="214" />
        <source>&amp;Repeat the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="217" />
        <source>The password has at least {count} characters.</source>
        <translation>Mật khẩu có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="223" />
        <source>Sign-in name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="225" />
        <source>S&amp;topped: this person may no longer sign in</source>
        <translation>&amp;Ngừng sử dụng: người này không đăng nhập được nữa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="233" />
        <source>The two passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="49" />
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="54" />
        <source>Each person who uses this computer signs in with their own account, so that the change log says who did what. An editor changes the data; a viewer only reads and prints; an administrator also manages the accounts.</source>
        <translation>Mỗi người dùng máy tính này đăng nhập bằng tài khoản riêng, để nhật ký thay đổi ghi rõ ai đã làm gì. Người biên tập được sửa dữ liệu; người chỉ xem chỉ được xem và in; quản trị viên còn quản lý các tài khoản.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="61" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="61" />
        <source>Sign-in name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="61" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="61" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="73" />
        <source>&amp;Add an account…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="74" />
        <source>&amp;Change…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="75" />
        <source>Set a new &amp;password…</source>
        <translation>Đặt &amp;mật khẩu mới…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="86" />
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="87" />
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="91" />
        <source>&amp;Lock the window after it is not used for</source>
        <translation>&amp;Khóa cửa sổ khi không dùng trong</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="97" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="136" />
        <source>Stopped</source>
        <translation>Đã ngừng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="139" />
        <source>Locked until {time}</source>
        <translation>Bị khóa đến {time}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="141" />
        <source>In use (you)</source>
        <translation>Đang dùng (bạn)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="142" />
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
</context>
<context>
    <name>AddMeetingDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="88" />
        <source>Add a meeting</source>
        <translation>Thêm buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="102" />
        <source>The theme of the thematic meeting</source>
        <translation>Tên chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="106" />
        <source>&amp;Cell</source>
        <translation>&amp;Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="107" />
        <source>&amp;Date *</source>
        <translation>&amp;Ngày họp *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="108" />
        <source>&amp;Type of meeting</source>
        <translation>&amp;Loại buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="109" />
        <source>T&amp;opic</source>
        <translation>&amp;Tên chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="114" />
        <source>The meeting goes on the calendar as planned; its minutes are written once it has been held.</source>
        <translation>Buổi họp được đưa vào lịch ở dạng kế hoạch; biên bản được ghi sau khi họp.</translation>
    </message>
</context>
<context>
    <name>AdmissionsTab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="57" />
        <source>No candidates here yet. Click “Add a candidate” to start preparing an outstanding non-member for admission.</source>
        <translation>Chưa có quần chúng nào. Bấm “Thêm quần chúng” để bắt đầu bồi dưỡng một quần chúng ưu tú vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="62" />
        <source>&amp;Add a candidate…</source>
        <translation>&amp;Thêm quần chúng…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="64" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="66" />
        <source>Admission &amp;decision…</source>
        <translation>&amp;Quyết định kết nạp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="68" />
        <source>&amp;Ceremony held…</source>
        <translation>Đã tổ chức &amp;lễ kết nạp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="70" />
        <source>&amp;Recognise as official…</source>
        <translation>&amp;Công nhận chính thức…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="143" />
        <source>Admission decision</source>
        <translation>Quyết định kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="144" />
        <source>Decision number:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="147" />
        <source>Decision date (dd/mm/yyyy):</source>
        <translation>Ngày quyết định (ngày/tháng/năm):</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="155" />
        <source>Ceremony</source>
        <translation>Lễ kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="155" />
        <source>Ceremony date (dd/mm/yyyy):</source>
        <translation>Ngày tổ chức lễ kết nạp (ngày/tháng/năm):</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="164" />
        <source>Recognition as official member</source>
        <translation>Công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="166" />
        <source>Official members in favour:</source>
        <translation>Số đảng viên chính thức tán thành:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="171" />
        <source>Official members counted:</source>
        <translation>Tổng số đảng viên chính thức:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/admissions_tab.py" line="175" />
        <source>Date of recognition (dd/mm/yyyy):</source>
        <translation>Ngày công nhận (ngày/tháng/năm):</translation>
    </message>
</context>
<context>
    <name>AgendaTemplateDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="359" />
        <source>Agenda templates</source>
        <translation>Mẫu chương trình sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="378" />
        <source>&amp;Add an item</source>
        <translation>&amp;Thêm mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="380" />
        <source>&amp;Change the wording</source>
        <translation>&amp;Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="382" />
        <source>&amp;Remove the item</source>
        <translation>&amp;Xóa mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="384" />
        <source>Move &amp;up</source>
        <translation>Chuyển lê&amp;n</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="386" />
        <source>Move d&amp;own</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="388" />
        <source>Restore the &amp;built-in agenda</source>
        <translation>&amp;Khôi phục mẫu gốc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="406" />
        <source>Type of &amp;meeting</source>
        <translation>&amp;Loại buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="411" />
        <source>The minutes of a new meeting start with these items, in this order. Double-click an item to change its wording.</source>
        <translation>Biên bản buổi họp mới sẽ có sẵn các mục này, theo đúng thứ tự. Bấm đúp vào một mục để sửa nội dung.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../chibo_desktop/app.py" line="58" />
        <source>{path} was made by a newer version of Chi bộ Desktop (schema {found}). Please install the newer version.</source>
        <translation>{path} được tạo bởi phiên bản Chi bộ Desktop mới hơn (lược đồ {found}). Xin cài đặt phiên bản mới hơn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/app.py" line="63" />
        <source>{path} cannot be read as a Chi bộ Desktop database ({detail}). Check the file, or restore a backup.</source>
        <translation>Không đọc được {path} như một cơ sở dữ liệu Chi bộ Desktop ({detail}). Hãy kiểm tra lại tệp hoặc khôi phục bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="49" />
        <source>Members and their records</source>
        <translation>Đảng viên và hồ sơ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="50" />
        <source>Organisation and set-up</source>
        <translation>Tổ chức đảng và thiết lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="51" />
        <source>Meetings and minutes</source>
        <translation>Sinh hoạt và biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="52" />
        <source>Evaluation and classification</source>
        <translation>Đánh giá, xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="53" />
        <source>Transfers, admissions, 213 list</source>
        <translation>Chuyển sinh hoạt, kết nạp, danh sách 213</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="54" />
        <source>Data exchange (USB)</source>
        <translation>Trao đổi dữ liệu (USB)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="55" />
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="58" />
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="59" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="60" />
        <source>Party post</source>
        <translation>Chức vụ trong Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="61" />
        <source>Award or discipline</source>
        <translation>Khen thưởng/kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="62" />
        <source>Party badge</source>
        <translation>Huy hiệu Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="63" />
        <source>Status change</source>
        <translation>Thay đổi tình trạng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="64" />
        <source>Transfer</source>
        <translation>Chuyển sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="65" />
        <source>213 list entry</source>
        <translation>Người trong danh sách 213</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="66" />
        <source>213 comment</source>
        <translation>Nhận xét nơi cư trú (213)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="67" />
        <source>Candidate</source>
        <translation>Quần chúng ưu tú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="68" />
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="69" />
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="70" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="71" />
        <source>Correction to minutes</source>
        <translation>Phụ lục đính chính biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="72" />
        <source>Attached scan</source>
        <translation>Bản scan đính kèm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="73" />
        <source>Meeting plan</source>
        <translation>Kế hoạch sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="74" />
        <source>Agenda template</source>
        <translation>Mẫu chương trình sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="75" />
        <source>Member's evaluation</source>
        <translation>Đánh giá đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="76" />
        <source>Unit's evaluation</source>
        <translation>Đánh giá tổ chức đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="77" />
        <source>Review year</source>
        <translation>Đợt đánh giá năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="78" />
        <source>Upper level's decision</source>
        <translation>Quyết định của cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="79" />
        <source>Rules</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="80" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="81" />
        <source>Package</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="82" />
        <source>Office exchanging data</source>
        <translation>Cơ quan trao đổi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="83" />
        <source>This office's key</source>
        <translation>Khóa của cơ quan này</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="84" />
        <source>Set-aside record</source>
        <translation>Bản ghi để riêng chờ quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="87" />
        <source>Undo: {action}</source>
        <translation>Hoàn tác: {action}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="88" />
        <source>Redo: {action}</source>
        <translation>Làm lại: {action}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="118" />
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="124" />
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="128" />
        <source>Every kind of change</source>
        <translation>Mọi loại thay đổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="134" />
        <source>Name (with or without tone marks), card or ID no.</source>
        <translation>Họ tên (có hoặc không dấu), số thẻ đảng hoặc số CCCD</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="137" />
        <source>Every office</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="141" />
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="146" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="149" />
        <source>&amp;Person</source>
        <translation>Người thực &amp;hiện</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="150" />
        <source>&amp;Kind of change</source>
        <translation>&amp;Loại thay đổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="151" />
        <source>&amp;Days from</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="154" />
        <source>&amp;Member</source>
        <translation>Đảng &amp;viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="156" />
        <source>&amp;Office</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="164" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="164" />
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="164" />
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="166" />
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="186" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="215" />
        <source>Write the days as dd/mm/yyyy, e.g. 01/11/2026.</source>
        <translation>Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 01/11/2026.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="238" />
        <source>(before accounts)</source>
        <translation>(trước khi có tài khoản)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="251" />
        <source>No change matches these filters.</source>
        <translation>Không có thay đổi nào khớp với điều kiện lọc.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="253" />
        <source>Nothing has been changed yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="257" />
        <source>{count} changes shown (the newest {limit} at most).</source>
        <translation>Đang hiện {count} thay đổi (nhiều nhất {limit} thay đổi mới nhất).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="279" />
        <source>and {count} more records created: {table}</source>
        <translation>và {count} bản ghi khác được tạo: {table}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="280" />
        <source>and {count} more records changed: {table}</source>
        <translation>và {count} bản ghi khác được sửa: {table}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="281" />
        <source>and {count} more records deleted: {table}</source>
        <translation>và {count} bản ghi khác bị xóa: {table}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="287" />
        <source>{subject}: created</source>
        <translation>{subject}: tạo mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="288" />
        <source>{subject}: changed</source>
        <translation>{subject}: sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="289" />
        <source>{subject}: deleted</source>
        <translation>{subject}: xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="298" />
        <source>{field}: changed</source>
        <translation>{field}: đã đổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/audit_dialog.py" line="299" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="410" />
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="410" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../chibo_desktop/ui/operations.py" line="99" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/operations.py" line="120" />
        <source>Stopping… the step under way is finished first.</source>
        <translation>Đang dừng… việc đang làm dở sẽ được làm xong trước.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="28" />
        <source>Backup settings</source>
        <translation>Cài đặt sao lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="32" />
        <source>Every backup of today and yesterday is kept. Of the older ones, the program keeps the newest of each day, week and month, for as many as you choose here; the others are deleted at the next backup.</source>
        <translation>Mọi bản sao lưu của hôm nay và hôm qua đều được giữ. Với các bản cũ hơn, chương trình giữ bản mới nhất của mỗi ngày, mỗi tuần và mỗi tháng, theo số lượng chọn ở đây; các bản còn lại sẽ bị xóa ở lần sao lưu sau.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="39" />
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="40" />
        <source> weeks</source>
        <translation> tuần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="41" />
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="43" />
        <source>One a &amp;day, for the last:</source>
        <translation>Mỗi &amp;ngày một bản, trong:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="44" />
        <source>One a &amp;week, for the last:</source>
        <translation>Mỗi &amp;tuần một bản, trong:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="45" />
        <source>One a &amp;month, for the last:</source>
        <translation>Mỗi t&amp;háng một bản, trong:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="46" />
        <source>The backups are kept in {folder}.</source>
        <translation>Các bản sao lưu được lưu trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="48" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/backup_settings_dialog.py" line="50" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/backup_table_model.py" line="24" />
        <source>Taken on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/backup_table_model.py" line="25" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/backup_table_model.py" line="26" />
        <source>What it holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/backup_table_model.py" line="27" />
        <source>Last change</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/backup_table_model.py" line="28" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="19" />
        <source>Backed up on request</source>
        <translation>Sao lưu theo yêu cầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="20" />
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="21" />
        <source>On closing the program</source>
        <translation>Khi đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="22" />
        <source>Before receiving data</source>
        <translation>Trước khi nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="23" />
        <source>Before a bulk change (import from Excel, a cell moved whole)</source>
        <translation>Trước thay đổi hàng loạt (nhập từ Excel, chuyển cả chi bộ)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="26" />
        <source>Before upgrading the database</source>
        <translation>Trước khi nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="27" />
        <source>Before restoring a backup</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="28" />
        <source>Copied to a USB stick</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="29" />
        <source>Brought back from a USB stick</source>
        <translation>Lấy về từ USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="32" />
        <source>{file} is not a backup of Chi bộ Desktop, or it is badly damaged; nothing was changed.</source>
        <translation>{file} không phải bản sao lưu của Chi bộ Desktop, hoặc đã hỏng nặng; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="36" />
        <source>{file} was made by a newer version of Chi bộ Desktop; install that version to restore it. Nothing was changed.</source>
        <translation>{file} được tạo bởi phiên bản mới hơn của Chi bộ Desktop; hãy cài phiên bản đó rồi mới khôi phục được. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="41" />
        <source>{file} was made by a newer version of Chi bộ Desktop; install that version to open it.</source>
        <translation>{file} được tạo bởi phiên bản mới hơn của Chi bộ Desktop; hãy cài phiên bản đó rồi mới mở được.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="45" />
        <source>{file} is damaged and cannot be used; choose another backup. The data was not changed.</source>
        <translation>{file} đã bị hỏng, không dùng được; hãy chọn bản sao lưu khác. Dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="49" />
        <source>{file} is incomplete (the stick may have been pulled out while it was being written); use another copy.</source>
        <translation>{file} không đầy đủ (có thể USB đã bị rút ra khi đang ghi); hãy dùng bản khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="54" />
        <source>The password is not the one {file} was sealed with. Type it again (capital letters and accents count); nothing was changed.</source>
        <translation>Mật khẩu không đúng với mật khẩu đã dùng để khóa {file}. Hãy gõ lại (phân biệt chữ hoa, chữ thường và dấu); chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="59" />
        <source>The database {path} is open in another program; close that program and try again.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở trong chương trình khác; hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="63" />
        <source>The database is damaged, so it cannot be backed up. Restore the newest good backup (File → Restore from a backup…).</source>
        <translation>Cơ sở dữ liệu đã bị hỏng nên không sao lưu được. Hãy khôi phục bản sao lưu tốt gần nhất (Tệp → Khôi phục từ bản sao lưu…).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="68" />
        <source>The backup could not be written in {folder} ({detail}). Free some space on the disk and try again.</source>
        <translation>Không ghi được bản sao lưu vào {folder} ({detail}). Hãy giải phóng bớt dung lượng ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="74" />
        <source>The password must have at least {min} characters.</source>
        <translation>Mật khẩu phải có ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="77" />
        <source>{office} — {members} member records, {meetings} meetings</source>
        <translation>{office} — {members} hồ sơ đảng viên, {meetings} buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="78" />
        <source>last change {date}</source>
        <translation>sửa lần cuối {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="79" />
        <source>An empty database (not set up yet)</source>
        <translation>Cơ sở dữ liệu trống (chưa thiết lập)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_texts.py" line="80" />
        <source>Cannot be read</source>
        <translation>Không đọc được</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="341" />
        <source>Edit a Party badge</source>
        <translation>Sửa huy hiệu Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="341" />
        <source>Add a Party badge</source>
        <translation>Thêm huy hiệu Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="351" />
        <source>e.g. 45-QĐ/TU</source>
        <translation>ví dụ: 45-QĐ/TU</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="353" />
        <source>&amp;Badge *</source>
        <translation>&amp;Huy hiệu *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="354" />
        <source>&amp;Awarded on *</source>
        <translation>Ngày được &amp;tặng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="355" />
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="370" />
        <source>Party seniority is unknown: the admission date is not recorded.</source>
        <translation>Chưa tính được tuổi Đảng: chưa có ngày vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="371" />
        <source>Party seniority, counted from the admission date {date}: {years} years.</source>
        <translation>Tuổi Đảng, tính từ ngày vào Đảng {date}: {years} năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="376" />
        <source>Due now: the {years}-year badge (since {date}).</source>
        <translation>Đã đến hạn: Huy hiệu {years} năm tuổi Đảng (từ ngày {date}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="378" />
        <source>Next: the {years}-year badge, due on {date}.</source>
        <translation>Tiếp theo: Huy hiệu {years} năm tuổi Đảng, đến hạn ngày {date}.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="40" />
        <source>Candidate for admission</source>
        <translation>Quần chúng ưu tú vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="59" />
        <source>names of the introducing members</source>
        <translation>họ tên đảng viên giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="70" />
        <source>&amp;Full name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="71" />
        <source>&amp;Gender</source>
        <translation>Giới &amp;tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="72" />
        <source>Date of &amp;birth *</source>
        <translation>&amp;Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="73" />
        <source>&amp;Cell *</source>
        <translation>&amp;Chi bộ *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="74" />
        <source>Personal &amp;ID number</source>
        <translation>Số định &amp;danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="75" />
        <source>P&amp;hone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="76" />
        <source>Awareness &amp;course certificate of</source>
        <translation>Giấy chứng nhận &amp;lớp bồi dưỡng ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="78" />
        <source>&amp;Application dated</source>
        <translation>Đơn &amp;xin vào Đảng ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="79" />
        <source>I&amp;ntroduced by</source>
        <translation>Người giới thiệ&amp;u</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="80" />
        <source>Number of &amp;introducers</source>
        <translation>Số người &amp;giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="81" />
        <source>Cell &amp;vote on</source>
        <translation>Ngày chi bộ &amp;biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="82" />
        <source>Votes in &amp;favour</source>
        <translation>Số &amp;phiếu tán thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="83" />
        <source>Official members &amp;counted</source>
        <translation>Tổng &amp;số đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="84" />
        <source>N&amp;otes</source>
        <translation>Gh&amp;i chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/candidate_dialog.py" line="108" />
        <source>valid until {date}</source>
        <translation>còn giá trị đến {date}</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="23" />
        <source>Preparing</source>
        <translation>Đang bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="24" />
        <source>Application made</source>
        <translation>Đã làm đơn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="25" />
        <source>Cell voted</source>
        <translation>Chi bộ đã biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="26" />
        <source>Admitted, ceremony pending</source>
        <translation>Đã có quyết định, chờ lễ kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="27" />
        <source>On probation</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="28" />
        <source>Official member</source>
        <translation>Đã là đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="29" />
        <source>No longer pursued</source>
        <translation>Dừng xem xét</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="40" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="41" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="42" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="43" />
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="44" />
        <source>Course certificate</source>
        <translation>Chứng nhận lớp bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="45" />
        <source>Cell vote</source>
        <translation>Chi bộ biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="46" />
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/candidate_table_model.py" line="47" />
        <source>Ceremony</source>
        <translation>Lễ kết nạp</translation>
    </message>
</context>
<context>
    <name>CellOverviewTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="140" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="141" />
        <source>M{month}</source>
        <translation>T{month}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="142" />
        <source>Assigned
committee member</source>
        <translation>Đồng chí
phụ trách</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="143" />
        <source>Needs attention</source>
        <translation>Cần lưu ý</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="158" />
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="160" />
        <source>The member of the commune committee assigned to attend the cell</source>
        <translation>Đồng chí cấp ủy xã được phân công dự sinh hoạt với chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="195" />
        <source>{cell}, month {month}: {meaning}</source>
        <translation>{cell}, tháng {month}: {meaning}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="236" />
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="237" />
        <source>Type the password you use now, then the new one twice.</source>
        <translation>Gõ mật khẩu đang dùng, rồi gõ mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="238" />
        <source>&amp;Change the password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="245" />
        <source>&amp;Current password</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="246" />
        <source>&amp;New password</source>
        <translation>Mật khẩu mớ&amp;i</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="247" />
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="251" />
        <source>The two new passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau; hãy gõ lại.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="221" />
        <source>Check the review of {year}</source>
        <translation>Kiểm tra đợt đánh giá năm {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="228" />
        <source>The year cannot be closed yet: %n thing(s) to correct.</source>
        <translation>
            <numerusform>Chưa khóa sổ được: còn %n việc phải sửa.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="230" />
        <source>To correct before closing the year: %n.</source>
        <translation>
            <numerusform>Phải sửa trước khi khóa sổ: %n việc.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="234" />
        <source>Nothing to correct; %n note(s). The year can be closed.</source>
        <translation>
            <numerusform>Không còn gì phải sửa; có %n lưu ý. Có thể khóa sổ đợt đánh giá.</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="237" />
        <source>Nothing to correct: the year can be closed.</source>
        <translation>Không còn gì phải sửa: có thể khóa sổ đợt đánh giá.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="241" />
        <source>According to: {profile}</source>
        <translation>Theo: {profile}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="251" />
        <source>Must correct</source>
        <translation>Phải sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="253" />
        <source>Take note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="258" />
        <source>Double-click to go there</source>
        <translation>Nhấp đúp để đến chỗ cần sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="262" />
        <source>Double-click a line to go to the member or the cell.</source>
        <translation>Nhấp đúp vào một dòng để đến đảng viên hoặc chi bộ đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="266" />
        <source>&amp;Go there</source>
        <translation>Đến &amp;chỗ cần sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="270" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>ClassificationChart</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/classification_chart.py" line="107" />
        <source>No final levels recorded yet: the chart appears once there are some.</source>
        <translation>Chưa có kết quả xếp loại nào: biểu đồ sẽ hiện khi đã nhập kết quả.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/classification_chart.py" line="146" />
        <source>Members by level, {year}</source>
        <translation>Đảng viên theo mức xếp loại, năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/classification_chart.py" line="148" />
        <source>Members by level, {first}–{last}</source>
        <translation>Đảng viên theo mức xếp loại, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/classification_chart.py" line="171" />
        <source>{year}: shares of the members reviewed</source>
        <translation>Năm {year}: tỷ lệ trên số đảng viên được xếp loại</translation>
    </message>
</context>
<context>
    <name>ClassificationTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="119" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="120" />
        <source>Members
at {date}</source>
        <translation>Đảng viên
đến
{date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="121" />
        <source>Ex-
empt</source>
        <translation>Miễn
sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="122" />
        <source>Sus-
pended</source>
        <translation>Đình chỉ
sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="123" />
        <source>Admitted
&lt; 6 months</source>
        <translation>Kết nạp
chưa đủ
6 tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="124" />
        <source>Tempo-
rarily
elsewhere</source>
        <translation>Sinh hoạt
tạm thời
nơi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="125" />
        <source>To be
reviewed</source>
        <translation>Phải
đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="126" />
        <source>Re-
viewed</source>
        <translation>Đã
xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="128" />
        <source>{excellent} ÷
{good}
(cap {cap}%)</source>
        <translation>{excellent} ÷
{good}
(tối đa {cap}%)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="133" />
        <source>Cell's level
(self / decided)</source>
        <translation>Chi bộ
(tự xếp /
xã quyết
định)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="169" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="181" />
        <source>{level}: number of members, and % of the members reviewed</source>
        <translation>{level}: số đảng viên và tỷ lệ % trên số đảng viên được xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="185" />
        <source>Members on the roll on the review date</source>
        <translation>Số đảng viên trong danh sách vào ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="186" />
        <source>Exempt from Party work and activity: not reviewed</source>
        <translation>Miễn công tác và sinh hoạt đảng: không đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="187" />
        <source>Party activity suspended: not reviewed</source>
        <translation>Đình chỉ sinh hoạt đảng: không đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="188" />
        <source>Admitted less than 6 months before the review: not reviewed</source>
        <translation>Kết nạp chưa đủ 6 tháng đến ngày đánh giá: không đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="190" />
        <source>Temporarily active elsewhere: for information only, they are reviewed here</source>
        <translation>Đang sinh hoạt tạm thời nơi khác: chỉ để biết, vẫn được đánh giá tại chi bộ này</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="192" />
        <source>Members who must be reviewed</source>
        <translation>Số đảng viên phải đánh giá, xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="193" />
        <source>Members with a final level</source>
        <translation>Số đảng viên đã có kết quả xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="195" />
        <source>Members rated {excellent} as a share of those rated {good}: at most {cap}% (more only with the upper level's decision, marked *)</source>
        <translation>Số đảng viên {excellent} so với số đảng viên {good}: tối đa {cap}% (cao hơn chỉ khi có quyết định của cấp trên, đánh dấu *)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="203" />
        <source>The cell's own level: its self-assessment / the commune committee's decision</source>
        <translation>Xếp loại của chính chi bộ: chi bộ tự xếp loại / Đảng ủy xã quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="236" />
        <source>Double-click to open the cell's members</source>
        <translation>Nhấp đúp để mở danh sách đảng viên của chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="245" />
        <source>{count} members still have no final level</source>
        <translation>Còn {count} đảng viên chưa có kết quả xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="263" />
        <source>Not classified</source>
        <translation>Chưa xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="264" />
        <source>Newly formed</source>
        <translation>Mới thành lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="278" />
        <source>{unit}: {excellent} rated {excellent_name}, {good} rated {good_name}; the cap of {cap}% allows at most {allowed}.</source>
        <translation>{unit}: {excellent} đảng viên {excellent_name}, {good} đảng viên {good_name}; tỷ lệ tối đa {cap}% cho phép nhiều nhất {allowed}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="290" />
        <source>* Exception allowed by decision: {decision}</source>
        <translation>* Được vượt tỷ lệ theo quyết định: {decision}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="294" />
        <source>Over the cap: lower some levels.</source>
        <translation>Vượt tỷ lệ cho phép: cần hạ mức xếp loại của một số đảng viên.</translation>
    </message>
</context>
<context>
    <name>CloseYearDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="125" />
        <source>Close the review of {year}</source>
        <translation>Khóa sổ đợt đánh giá năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="127" />
        <source>Nothing blocks closing the review of {year}. Once it is closed, no result of the year can be changed until someone reopens it, giving a reason.</source>
        <translation>Đợt đánh giá năm {year} đã đủ điều kiện khóa sổ. Sau khi khóa, không sửa được kết quả nào của năm này, trừ khi có người mở lại và ghi rõ lý do.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="132" />
        <source>%n note(s) remain: they are kept as recorded (see “Check…”).</source>
        <translation>
            <numerusform>Còn %n lưu ý: được giữ nguyên như đã ghi (xem “Kiểm tra…”).</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="137" />
        <source>The name of the person closing the year</source>
        <translation>Họ tên người khóa sổ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="139" />
        <source>Closed &amp;by *</source>
        <translation>Người &amp;khóa sổ *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="140" />
        <source>Close the year</source>
        <translation>Khóa sổ</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="568" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="569" />
        <source>Everything is written at once; one Undo takes it all back.</source>
        <translation>Mọi dòng được ghi cùng một lúc; một lần Hoàn tác sẽ hủy tất cả.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="606" />
        <source>{good} of the {rows} rows of “{file}” can be imported.</source>
        <translation>Có thể nhập {good} trong số {rows} dòng của tệp “{file}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="617" />
        <source>&amp;Create the cells the file names that do not exist yet ({count})</source>
        <translation>&amp;Tạo mới các chi bộ có trong tệp nhưng chưa có trong chương trình ({count})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="629" />
        <source>Import &amp;only the {good} good rows and leave out the {bad} rows with problems</source>
        <translation>&amp;Chỉ nhập {good} dòng hợp lệ, bỏ qua {bad} dòng có vấn đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="652" />
        <source>No row can be imported. Correct the file and try again.</source>
        <translation>Không có dòng nào nhập được. Hãy sửa tệp rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="656" />
        <source>The file has rows with problems. Correct them in the file and start again, or choose to import only the good rows.</source>
        <translation>Tệp có các dòng có vấn đề. Hãy sửa các dòng đó trong tệp rồi làm lại, hoặc chọn chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="681" />
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="706" />
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="95" />
        <source>Cell or unit</source>
        <translation>Chi bộ/đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="96" />
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="97" />
        <source>Party post</source>
        <translation>Chức vụ trong Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="98" />
        <source>Award or discipline</source>
        <translation>Khen thưởng/kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="99" />
        <source>Party badge</source>
        <translation>Huy hiệu Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="100" />
        <source>Change of status</source>
        <translation>Thay đổi tình trạng sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="101" />
        <source>Transfer of Party activity</source>
        <translation>Chuyển sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="102" />
        <source>Member in touch with residence (213)</source>
        <translation>Đảng viên giữ mối liên hệ nơi cư trú (213)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="105" />
        <source>Comment of the residence area (213)</source>
        <translation>Nhận xét của nơi cư trú (213)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="106" />
        <source>Admission candidate</source>
        <translation>Quần chúng đề nghị kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="107" />
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="169" />
        <source>Meeting</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="108" />
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="109" />
        <source>Task from a meeting</source>
        <translation>Nhiệm vụ giao tại buổi sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="110" />
        <source>Correction to the minutes</source>
        <translation>Phụ lục đính chính biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="111" />
        <source>Attached file</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="112" />
        <source>Meeting plan</source>
        <translation>Kế hoạch sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="113" />
        <source>Member evaluation</source>
        <translation>Đánh giá đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="114" />
        <source>Unit evaluation</source>
        <translation>Đánh giá tổ chức đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="115" />
        <source>Evaluation year</source>
        <translation>Đợt đánh giá, xếp loại năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="119" />
        <source>This record was written here by another office. Two offices changing the same record usually means a transfer not yet recorded — check with both communes.</source>
        <translation>Bản ghi này đã được một cơ quan khác ghi vào đây. Hai cơ quan cùng sửa một bản ghi thường là do việc chuyển sinh hoạt chưa được ghi nhận — hãy kiểm tra với cả hai xã.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="124" />
        <source>The record belongs to a unit the sending office does not manage.</source>
        <translation>Bản ghi thuộc một đơn vị mà cơ quan gửi không quản lý.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="127" />
        <source>The record refers to something that has not arrived yet (it will be applied by itself once it does).</source>
        <translation>Bản ghi liên quan đến một bản ghi khác chưa được gửi đến (khi bản ghi đó đến, bản ghi này sẽ tự được nhận vào).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="132" />
        <source>The package's version carries the same change mark as the version here, yet they differ: one of them was changed outside this program. Compare them and keep the right one.</source>
        <translation>Bản trong gói có cùng dấu sửa đổi với bản hiện có nhưng nội dung lại khác nhau: một trong hai bản đã bị sửa ngoài chương trình. Hãy so sánh và giữ lại bản đúng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="138" />
        <source>The record holds a value this program cannot read; it cannot be used.</source>
        <translation>Bản ghi chứa giá trị mà chương trình không đọc được; không thể dùng bản này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="146" />
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="147" />
        <source>Level of the unit</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="148" />
        <source>Type of record</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="149" />
        <source>Direction of the transfer</source>
        <translation>Chiều chuyển</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="150" />
        <source>For study</source>
        <translation>Đi học</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="151" />
        <source>Letter number</source>
        <translation>Số giấy giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="152" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="153" />
        <source>Registered on</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="154" />
        <source>Member in touch with residence</source>
        <translation>Đảng viên giữ mối liên hệ nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="155" />
        <source>Introduced by</source>
        <translation>Người giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="156" />
        <source>Votes cast</source>
        <translation>Tổng số phiếu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="157" />
        <source>Dropped on</source>
        <translation>Ngày thôi theo dõi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="158" />
        <source>Planned for</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="159" />
        <source>Topic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="160" />
        <source>State of the record</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="161" />
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="162" />
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="163" />
        <source>Check code of the minutes</source>
        <translation>Mã kiểm tra biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="164" />
        <source>Finalised on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="165" />
        <source>Adopted on</source>
        <translation>Ngày thông qua</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="166" />
        <source>Adopted at the meeting</source>
        <translation>Thông qua tại buổi sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="167" />
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="168" />
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="170" />
        <source>Member's name</source>
        <translation>Tên đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="171" />
        <source>Official member</source>
        <translation>Đã là đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="172" />
        <source>Standing</source>
        <translation>Tư cách dự họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="173" />
        <source>Presence</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="174" />
        <source>Party fee</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="175" />
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="176" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="177" />
        <source>Carried out by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="178" />
        <source>Carried out by (member)</source>
        <translation>Người thực hiện (đảng viên)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="179" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="180" />
        <source>Report back on</source>
        <translation>Báo cáo lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="181" />
        <source>Dated</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="182" />
        <source>Written by</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="183" />
        <source>Check code of the file</source>
        <translation>Mã kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="184" />
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="185" />
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="186" />
        <source>Size (bytes)</source>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="187" />
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="188" />
        <source>Day of the month</source>
        <translation>Ngày trong tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="189" />
        <source>Thematic topics</source>
        <translation>Chuyên đề theo tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="190" />
        <source>Liaison</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="191" />
        <source>Liaison (member)</source>
        <translation>Người liên hệ (đảng viên)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="192" />
        <source>Term started on</source>
        <translation>Ngày bắt đầu nhiệm kỳ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="193" />
        <source>Shortcomings remedied</source>
        <translation>Đã khắc phục hạn chế</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="194" />
        <source>Found degraded</source>
        <translation>Có kết luận suy thoái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="195" />
        <source>Broke what is forbidden</source>
        <translation>Vi phạm điều cấm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="196" />
        <source>Leave</source>
        <translation>Nghỉ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="197" />
        <source>Newly formed</source>
        <translation>Mới thành lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="198" />
        <source>Opened on</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="199" />
        <source>Closed on</source>
        <translation>Ngày khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="200" />
        <source>Closed by</source>
        <translation>Người khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="201" />
        <source>Reopenings</source>
        <translation>Các lần mở lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="306" />
        <source>Conflicts waiting for a decision</source>
        <translation>Xung đột chờ quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="344" />
        <source>There are no conflicts waiting for a decision.</source>
        <translation>Không có xung đột nào chờ quyết định.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="351" />
        <source>“Use the package's version” puts the package's version in place of the one here (which is kept in the history); “Keep the version here” leaves the record as it is. Who decides is recorded.</source>
        <translation>“Dùng bản trong gói” thay bản hiện có bằng bản trong gói (bản hiện có vẫn được lưu trong lịch sử); “Giữ bản hiện có” để nguyên bản ghi. Tên người quyết định được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="356" />
        <source>&amp;Who decides:</source>
        <translation>&amp;Người quyết định:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="358" />
        <source>Full name of the person deciding</source>
        <translation>Họ tên người quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="373" />
        <source>Use the &amp;package's version</source>
        <translation>&amp;Dùng bản trong gói</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="376" />
        <source>&amp;Keep the version here</source>
        <translation>&amp;Giữ bản hiện có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="379" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="407" />
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="407" />
        <source>Version here</source>
        <translation>Bản hiện có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="407" />
        <source>Version in the package</source>
        <translation>Bản trong gói</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="466" />
        <source>an office not enrolled here</source>
        <translation>một cơ quan chưa đăng ký ở đây</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="471" />
        <source>{record}: {name}</source>
        <translation>{record}: {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="478" />
        <source>from {office}, arrived {date}</source>
        <translation>từ {office}, nhận ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="501" />
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="532" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="532" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="548" />
        <source>record no. {code}</source>
        <translation>bản ghi mã {code}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="585" />
        <source>This office has no version of this record.</source>
        <translation>Ở đây chưa có bản nào của bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="588" />
        <source>What differs (highlighted): {fields}.</source>
        <translation>Những thông tin khác nhau (được tô đậm): {fields}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="591" />
        <source>The two versions hold the same values.</source>
        <translation>Hai bản có nội dung giống nhau.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="633" />
        <source>The package's version of {record} is used now.</source>
        <translation>Đã dùng bản trong gói cho {record}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/conflict_inbox_dialog.py" line="635" />
        <source>The version here of {record} was kept.</source>
        <translation>Đã giữ bản hiện có của {record}.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="61" />
        <source>{path}: made by a newer version of the program (schema {found}); please update Chi bộ Desktop.</source>
        <translation>{path}: được tạo bởi phiên bản mới hơn của chương trình (lược đồ {found}); xin cập nhật Chi bộ Desktop.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="75" />
        <source>{path}: not a readable Chi bộ Desktop database ({detail}); check the file name or restore a backup.</source>
        <translation>{path}: không phải là cơ sở dữ liệu Chi bộ Desktop đọc được ({detail}); hãy kiểm tra lại tên tệp hoặc khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="89" />
        <source>Database upgraded; the old file was saved as {path}.</source>
        <translation>Đã nâng cấp cơ sở dữ liệu; tệp cũ được lưu tại {path}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="115" />
        <source>No password for {user}: set {variable}, or run the command in a terminal to type it.</source>
        <translation>Chưa có mật khẩu của {user}: hãy đặt biến {variable}, hoặc chạy lệnh trong cửa sổ dòng lệnh để gõ mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="127" />
        <source>Password of {user}: </source>
        <translation>Mật khẩu của {user}: </translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="146" />
        <source>{path}: no problems found.</source>
        <translation>{path}: không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="150" />
        <source>{path}: {count} problems found:</source>
        <translation>{path}: phát hiện {count} lỗi:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="180" />
        <source>{path}: demo data created: {units} units, {members} members ({seconds:.1f} s).</source>
        <translation>{path}: đã tạo dữ liệu mẫu: {units} đơn vị, {members} đảng viên ({seconds:.1f} giây).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="240" />
        <source>There are no member rows below the headers; nothing was written.</source>
        <translation>Không có dòng đảng viên nào dưới dòng tiêu đề cột; chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="36" />
        <source>Nothing was written: correct the rows above and import the file again (in the program you may import only the good rows).</source>
        <translation>Chưa ghi gì: hãy sửa các dòng nêu trên rồi nhập lại tệp (trong chương trình có thể chọn chỉ nhập các dòng hợp lệ).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="252" />
        <source>Dry run: the file can be imported as it is; nothing was written.</source>
        <translation>Chạy thử: tệp có thể nhập được ngay; chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="222" />
        <source>{path}: members imported: {members}; new cells created: {cells}.</source>
        <translation>{path}: số đảng viên đã nhập: {members}; số chi bộ mới được tạo: {cells}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="275" />
        <source>No unit has the code {code}; check the code and try again.</source>
        <translation>Không có đơn vị nào mang mã {code}; hãy kiểm tra lại mã rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="293" />
        <source>{path}: {count} members exported.</source>
        <translation>{path}: đã xuất {count} đảng viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="301" />
        <source>{path}: {count} members exported ({pages} pages).</source>
        <translation>{path}: đã xuất {count} đảng viên ({pages} trang).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="324" />
        <source>Error report saved as {path}. It holds the program's logs and facts about this computer and the database; no name, ID number or card number, and not the database itself.</source>
        <translation>Đã lưu báo cáo lỗi vào {path}. Báo cáo gồm nhật ký của chương trình và thông tin về máy tính, về cơ sở dữ liệu; không có họ tên, số CCCD hay số thẻ đảng viên nào, và không kèm chính cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="356" />
        <source>Interrupted; nothing was changed.</source>
        <translation>Đã dừng; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="41" />
        <source>Office of {name}</source>
        <translation>Văn phòng {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="60" />
        <source>Set up {name} as {role}. This office's key fingerprint: {fingerprint}</source>
        <translation>Đã thiết lập {name} là {role}. Dấu vân tay khóa của cơ quan: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="72" />
        <source>a commune office</source>
        <translation>cơ quan cấp xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="73" />
        <source>an upper-level office</source>
        <translation>cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="101" />
        <source>Wrote the enrolment file of {site} to {path}. Key fingerprint: {fp}</source>
        <translation>Đã ghi tệp đăng ký của {site} vào {path}. Dấu vân tay khóa: {fp}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="128" />
        <source>Installed the key of {site} (fingerprint {fp}). Compare the fingerprint with the one {site} printed before you send data.</source>
        <translation>Đã cài khóa của {site} (dấu vân tay {fp}). Hãy so dấu vân tay này với bản {site} đã in trước khi gửi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="153" />
        <source>everything</source>
        <translation>toàn bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="155" />
        <source>the changes since the last receipt</source>
        <translation>những thay đổi từ lần cấp trên xác nhận gần nhất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="159" />
        <source>Wrote package {sequence} for {recipient} to {path}: {records} records ({what}).</source>
        <translation>Đã ghi gói số {sequence} gửi {recipient} vào {path}: {records} bản ghi ({what}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="181" />
        <source>No package files (*{suffix}) were found.</source>
        <translation>Không tìm thấy tệp gói dữ liệu nào (*{suffix}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="212" />
        <source>  Receipt for the sender: {path}</source>
        <translation>  Giấy xác nhận gửi lại nơi gửi: {path}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="219" />
        <source>Stopped: {left} packages not checked. Run the same command again.</source>
        <translation>Đã dừng: {left} gói chưa được kiểm tra. Hãy chạy lại đúng lệnh này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="230" />
        <source>Stopped: {applied} packages applied, {left} not applied. Run the same command again to import the rest; the packages already applied are not applied twice.</source>
        <translation>Đã dừng: đã nhận vào {applied} gói, còn {left} gói chưa nhận. Chạy lại đúng lệnh này để nhận nốt; các gói đã nhận sẽ không bị nhận lần thứ hai.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="269" />
        <source>Stopping after the package under way; the packages after it are not applied.</source>
        <translation>Đang dừng sau khi nhận xong gói đang làm; các gói sau đó sẽ không được nhận.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="298" />
        <source>{file}: package {sequence} from {sender} ({date})</source>
        <translation>{file}: gói số {sequence} của {sender} ({date})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="307" />
        <source>: already applied on {date}; nothing changed.</source>
        <translation>: đã nhận ngày {date}; không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="311" />
        <source>: the first package of this office. Check its key fingerprint {fp} with the sender, then import again with --yes.</source>
        <translation>: gói đầu tiên của cơ quan này. Hãy đối chiếu dấu vân tay khóa {fp} với nơi gửi, rồi nhận lại với --yes.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="320" />
        <source>: ready</source>
        <translation>: sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="323" />
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</source>
        <translation>{new} mới, {updated} cập nhật, {unchanged} không đổi, {conflicts} xung đột</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="331" />
        <source>: would apply {counts}</source>
        <translation>: sẽ nhận {counts}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="335" />
        <source> Packages {numbers} from this office never arrived: ask it for a full package.</source>
        <translation> Chưa nhận được gói số {numbers} của cơ quan này: hãy đề nghị gửi gói đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="344" />
        <source>: applied.</source>
        <translation>: đã nhận.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="345" />
        <source>{file}: not applied (the import was stopped).</source>
        <translation>{file}: chưa nhận (đã dừng).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="346" />
        <source>{file}: not checked (the check was stopped).</source>
        <translation>{file}: chưa kiểm tra (đã dừng việc kiểm tra).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_console.py" line="347" />
        <source>: applied, {counts}.</source>
        <translation>: đã nhận, {counts}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_console.py" line="41" />
        <source>{path}: backed up and checked as {file} ({size}); {count} backups kept.</source>
        <translation>{path}: đã sao lưu và kiểm tra, thành {file} ({size}); hiện giữ {count} bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_console.py" line="68" />
        <source>{path}: no such file; check the path.</source>
        <translation>{path}: không có tệp này; hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_console.py" line="79" />
        <source>The password {file} was sealed with: </source>
        <translation>Mật khẩu của {file}: </translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/backup_console.py" line="92" />
        <source>{path}: restored from the backup of {date}{reason}. What it replaced was backed up as {saved}. Open the program, check the data and confirm it; until then no automatic backup is taken.</source>
        <translation>{path}: đã khôi phục từ bản sao lưu lúc {date}{reason}. Dữ liệu bị thay thế đã được sao lưu thành {saved}. Hãy mở chương trình, kiểm tra dữ liệu rồi xác nhận; trước đó chương trình không tự sao lưu.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="23" />
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="27" />
        <source>The database file {path} is damaged: SQLite found problems in it ({detail}). Working on it could show or save wrong data, so the program does not open it.</source>
        <translation>Tệp cơ sở dữ liệu {path} đã bị hỏng: SQLite phát hiện lỗi trong tệp ({detail}). Làm việc tiếp trên tệp này có thể hiện hoặc lưu sai dữ liệu, nên chương trình không mở tệp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="36" />
        <source>The newest good backup is from {date} ({reason}). It holds {contents}.

Restore it? The damaged file is kept aside in the backups folder; nothing is deleted. What was entered after {date} must be entered again.</source>
        <translation>Bản sao lưu tốt gần nhất là bản lúc {date} ({reason}), gồm: {contents}.

Khôi phục bản này? Tệp bị hỏng được giữ lại riêng trong thư mục sao lưu, không xóa gì cả. Những gì đã nhập sau {date} sẽ phải nhập lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="48" />
        <source>No good backup was found on this computer. If there is one on a USB stick, choose “Choose another backup”. Otherwise do not work on the damaged file: copy it to a safe place and ask for help.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trên máy này. Nếu có bản sao lưu trên USB, hãy bấm “Chọn bản sao lưu khác”. Nếu không, đừng làm việc trên tệp bị hỏng: hãy chép tệp ra nơi an toàn và nhờ người hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="57" />
        <source>&amp;Restore the backup of {date}</source>
        <translation>&amp;Khôi phục bản lúc {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="63" />
        <source>Choose &amp;another backup…</source>
        <translation>Chọn &amp;bản sao lưu khác…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="67" />
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/damaged_database_dialog.py" line="70" />
        <source>The backups are kept in {folder}.</source>
        <translation>Các bản sao lưu được lưu trong {folder}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="742" />
        <location filename="../../chibo_desktop/ui/widgets/date_field.py" line="27" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/date_field.py" line="31" />
        <source>Choose from a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
</context>
<context>
    <name>DistinctionDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="244" />
        <source>Edit an award or discipline</source>
        <translation>Sửa khen thưởng, kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="246" />
        <source>Add an award or discipline</source>
        <translation>Thêm khen thưởng, kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="249" />
        <source>A&amp;ward</source>
        <translation>&amp;Khen thưởng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="250" />
        <source>Dis&amp;cipline</source>
        <translation>Kỷ &amp;luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="263" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="267" />
        <source>e.g. 12-QĐ/ĐU</source>
        <translation>ví dụ: 12-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="269" />
        <source>e.g. Đảng ủy xã Tân Lập</source>
        <translation>ví dụ: Đảng ủy xã Tân Lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="270" />
        <source>Kind of entry</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="271" />
        <source>Decision &amp;date *</source>
        <translation>&amp;Ngày quyết định *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="276" />
        <source>&amp;Form of discipline *</source>
        <translation>Hình &amp;thức kỷ luật *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="277" />
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="278" />
        <source>Decided b&amp;y</source>
        <translation>&amp;Cấp quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="297" />
        <source>&amp;Award *</source>
        <translation>&amp;Hình thức khen thưởng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="297" />
        <source>&amp;Reason *</source>
        <translation>Nội &amp;dung vi phạm *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="299" />
        <source>e.g. Giấy khen hoàn thành xuất sắc nhiệm vụ</source>
        <translation>ví dụ: Giấy khen hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="301" />
        <source>e.g. Vi phạm quy định về nộp đảng phí</source>
        <translation>ví dụ: Vi phạm quy định về nộp đảng phí</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/drive_chooser.py" line="70" />
        <source>No USB stick is plugged in. Plug one in, or choose a folder.</source>
        <translation>Chưa cắm USB nào. Hãy cắm USB vào, hoặc chọn một thư mục.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/drive_chooser.py" line="73" />
        <source>&amp;Look again for sticks</source>
        <translation>Tìm lại &amp;USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/drive_chooser.py" line="75" />
        <source>Choose another &amp;folder…</source>
        <translation>Chọn thư &amp;mục khác…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/drive_chooser.py" line="108" />
        <source>{name} ({folder}) — {free} free</source>
        <translation>{name} ({folder}) — còn trống {free}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/drive_chooser.py" line="116" />
        <source>Choose the folder</source>
        <translation>Chọn thư mục</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="49" />
        <source>Save an error report</source>
        <translation>Gửi báo cáo lỗi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="53" />
        <source>If the program does not work as it should, save this report onto a USB stick and give it to whoever looks after the program, saying what you were doing when it went wrong.</source>
        <translation>Khi chương trình chạy không đúng, hãy lưu báo cáo này vào USB rồi đưa cho người phụ trách chương trình, kèm theo lời kể lúc đó anh/chị đang làm gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="61" />
        <source>The report holds the program's log, the versions of the program and of the computer's system, and how many records each table of the database has. It holds no name, no ID or card number, and not the database.</source>
        <translation>Báo cáo gồm nhật ký của chương trình, phiên bản của chương trình và của hệ điều hành máy tính, và số bản ghi trong từng bảng của cơ sở dữ liệu. Báo cáo không có họ tên, số CCCD hay số thẻ đảng viên nào, và không kèm cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="73" />
        <source>&amp;Save the report</source>
        <translation>&amp;Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="82" />
        <source>Save it to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="103" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="111" />
        <source>Saving the error report…</source>
        <translation>Đang lưu báo cáo lỗi…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/error_report_dialog.py" line="120" />
        <source>Done: the report {file} was saved in {folder}. Remove the stick safely.</source>
        <translation>Xong: đã lưu báo cáo {file} vào {folder}. Hãy rút USB an toàn.</translation>
    </message>
</context>
<context>
    <name>EvaluationImport</name>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_console.py" line="18" />
        <source>Nothing was written.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_console.py" line="19" />
        <source>{path}: results of {year} imported: new: {new}; updated: {updated}.</source>
        <translation>{path}: đã nhập kết quả năm {year}: mới: {new}; cập nhật: {updated}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="34" />
        <source>Total score</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="36" />
        <source>{field}: “{value}” is not a level; write HTXSNV, HTTNV, HTNV or KHTNV, or the words (e.g. Hoàn thành tốt nhiệm vụ).</source>
        <translation>{field}: “{value}” không phải là mức xếp loại; hãy ghi HTXSNV, HTTNV, HTNV hoặc KHTNV, hoặc ghi bằng chữ (ví dụ: Hoàn thành tốt nhiệm vụ).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="41" />
        <source>{field}: “{value}” is not a form; write 2A, 2B or 2C.</source>
        <translation>{field}: “{value}” không phải là mẫu phiếu; hãy ghi 2A, 2B hoặc 2C.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="44" />
        <source>{field}: “{value}” is not a number of points; write it in digits.</source>
        <translation>{field}: “{value}” không phải là số điểm; hãy ghi bằng chữ số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="47" />
        <source>{field}: {value} is not a whole number of points; round it.</source>
        <translation>{field}: {value} không phải là số điểm nguyên; hãy làm tròn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="50" />
        <source>{field}: {value} points; it must be from 0 to {maximum}.</source>
        <translation>{field}: {value} điểm; điểm phải từ 0 đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="53" />
        <source>{field}: {year} is classified by Quy định 124-QĐ/TW, which has no 100-point scale; remove the scores from the file.</source>
        <translation>{field}: năm {year} xếp loại theo Quy định 124-QĐ/TW, không chấm theo thang 100 điểm; hãy bỏ các cột điểm khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="58" />
        <source>{field}: {value} points, but {general} + {task} = {sum}; correct the total or a part.</source>
        <translation>{field}: {value} điểm, nhưng {general} + {task} = {sum}; hãy sửa tổng điểm hoặc điểm thành phần.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="62" />
        <source>{field}: {value} points leaves {rest} for the {part}, which is at most {maximum}; correct the scores.</source>
        <translation>{field}: {value} điểm thì phần {part} còn {rest} điểm, trong khi phần này tối đa {maximum} điểm; hãy sửa lại điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="67" />
        <source>{field}: {value} points is not kept, because the program keeps the two parts (general criteria and tasks); enter them in the file or on the member's sheet.</source>
        <translation>{field}: {value} điểm không được lưu, vì chương trình lưu hai phần điểm (nhóm tiêu chí chung và kết quả thực hiện nhiệm vụ); hãy ghi hai phần này vào tệp hoặc nhập trên phiếu của đảng viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="72" />
        <source>{field}: there is no cell named “{cell}” in the commune; correct the name or leave it empty.</source>
        <translation>{field}: trong đảng bộ không có chi bộ nào tên “{cell}”; hãy sửa lại tên hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="77" />
        <source>{field}: {name} is in {actual} on the review date, not in “{cell}”; correct the cell or the name.</source>
        <translation>{field}: vào ngày đánh giá, đồng chí {name} sinh hoạt ở {actual}, không phải “{cell}”; hãy sửa tên chi bộ hoặc họ tên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="82" />
        <source>{field}: {value} is recorded for {count} members; correct the roster first.</source>
        <translation>{field}: số {value} đang được ghi cho {count} đảng viên; hãy sửa danh sách đảng viên trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="86" />
        <source>{field}: {name} has {recorded} on the roster, not {value}; correct the number.</source>
        <translation>{field}: trong danh sách, đồng chí {name} có số {recorded}, không phải {value}; hãy sửa lại số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="90" />
        <source>{field}: the {number_field} {value} belongs to {name}, not to “{written}”; correct the name or the number.</source>
        <translation>{field}: {number_field} {value} là của đồng chí {name}, không phải của “{written}”; hãy sửa họ tên hoặc số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="95" />
        <source>{field}: {name} was born on {recorded}, not “{written}”; correct the date or the number.</source>
        <translation>{field}: đồng chí {name} sinh ngày {recorded}, không phải “{written}”; hãy sửa ngày sinh hoặc số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="99" />
        <source>{field}: {count} members on the roll are called {name}: {members}. {hint}</source>
        <translation>{field}: trong danh sách có {count} đảng viên tên {name}: {members}. {hint}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="103" />
        <source>{field}: no member on the roll on {on} is called {value}, born {birth}; check the name and the date of birth, or add the ID number.</source>
        <translation>{field}: đến ngày {on}, danh sách không có đảng viên nào tên {value}, sinh {birth}; hãy kiểm tra họ tên và ngày sinh, hoặc ghi thêm số CCCD.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="108" />
        <source>{field}: no member on the roll on {on} is called {value}; check the name, or add the date of birth or the ID number.</source>
        <translation>{field}: đến ngày {on}, danh sách không có đảng viên nào tên {value}; hãy kiểm tra họ tên, hoặc ghi thêm ngày sinh hay số CCCD.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="113" />
        <source>{field}: no member on the roll on {on} has the number {value}, and the name does not find one either; check both.</source>
        <translation>{field}: đến ngày {on}, danh sách không có đảng viên nào mang số {value}, tìm theo họ tên cũng không thấy; hãy kiểm tra cả hai.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="118" />
        <source>{field}: no member on the roll on {on} has the number {value}; check the number, or write the name and the date of birth.</source>
        <translation>{field}: đến ngày {on}, danh sách không có đảng viên nào mang số {value}; hãy kiểm tra lại số, hoặc ghi họ tên và ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="123" />
        <source>{field}: {name} is not on the commune's roll on the review date {on} (moved away, died or not yet admitted); remove the row.</source>
        <translation>{field}: vào ngày đánh giá {on}, đồng chí {name} không có tên trong danh sách của đảng bộ (đã chuyển đi, từ trần hoặc chưa kết nạp); hãy bỏ dòng này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="128" />
        <source>{field}: {name} is not reviewed in {year}. {why} Remove the row.</source>
        <translation>{field}: đồng chí {name} không thuộc diện đánh giá năm {year}. {why} Hãy bỏ dòng này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="131" />
        <source>{field}: {name} is also on row {rows} of this file; keep only the row with the right results.</source>
        <translation>{field}: đồng chí {name} còn có ở dòng {rows} của tệp này; chỉ giữ lại dòng có kết quả đúng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="138" />
        <source>Add the date of birth or the ID number to tell them apart.</source>
        <translation>Hãy ghi thêm ngày sinh hoặc số CCCD để phân biệt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="141" />
        <source>Add the cell or the ID number to tell them apart.</source>
        <translation>Hãy ghi thêm chi bộ hoặc số CCCD để phân biệt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="144" />
        <source>Add the ID number or the Party card number to tell them apart.</source>
        <translation>Hãy ghi thêm số CCCD hoặc số thẻ đảng viên để phân biệt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="149" />
        <source>general criteria</source>
        <translation>nhóm tiêu chí chung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="150" />
        <source>tasks</source>
        <translation>kết quả thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="153" />
        <source>The evaluations or the roster changed after the preview was made; nothing was imported. Please check the file again.</source>
        <translation>Kết quả đánh giá hoặc danh sách đảng viên đã thay đổi sau khi xem trước; chưa nhập gì. Xin kiểm tra lại tệp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="158" />
        <source>The file has no column of results (form, scores or levels); nothing was imported.</source>
        <translation>Tệp không có cột kết quả nào (mẫu phiếu, điểm hay mức xếp loại); chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="164" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="165" />
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="166" />
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="168" />
        <source>Row {row}: {problems}</source>
        <translation>Dòng {row}: {problems}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="169" />
        <source>Row {row} (note): {notices}</source>
        <translation>Dòng {row} (lưu ý): {notices}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="170" />
        <source>Results of {year}, matched to the roll on the review date {on}.</source>
        <translation>Kết quả năm {year}, đối chiếu với danh sách đảng viên vào ngày đánh giá {on}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="173" />
        <source>Rows that are not members (titles, totals, signatures) skipped: {rows}.</source>
        <translation>Bỏ qua các dòng không phải đảng viên (tiêu đề, dòng tổng, chữ ký): {rows}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="176" />
        <source>No column of results was found (form, scores, self-assessed level, cell's proposal, committee's decision).</source>
        <translation>Không tìm thấy cột kết quả nào (mẫu phiếu, điểm, tự xếp loại, chi bộ đề xuất, Đảng ủy quyết định).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_import_texts.py" line="181" />
        <source>{file}: rows read: {rows}; new: {new}; updated: {updated}; unchanged: {unchanged}; with errors: {errors}.</source>
        <translation>{file}: đã đọc {rows} dòng; mới: {new}; cập nhật: {updated}; không đổi: {unchanged}; có lỗi: {errors}.</translation>
    </message>
</context>
<context>
    <name>EvaluationImportDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="83" />
        <source>Import the results of {year} from a file</source>
        <translation>Nhập kết quả đánh giá, xếp loại năm {year} từ tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="87" />
        <source>An Excel (.xlsx, .xls) or CSV file with one member per row: the name, the date of birth or the ID number, and the results (form, scores, self-assessed level, the cell's proposal, the committee's decision). Title rows above the table are fine. Nothing is saved until you press Import, and one Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Tệp Excel (.xlsx, .xls) hay CSV, mỗi dòng một đảng viên: họ tên, ngày sinh hoặc số CCCD, và kết quả (mẫu phiếu, điểm, mức tự xếp loại, chi bộ đề xuất, Đảng ủy quyết định). Có các dòng tiêu đề phía trên bảng cũng được. Chưa có gì được lưu cho đến khi bấm Nhập, và một lần Hoàn tác (Ctrl+Z) sẽ hủy toàn bộ lần nhập.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="96" />
        <source>e.g. D:\Kết quả xếp loại 2026.xlsx</source>
        <translation>ví dụ: D:\Kết quả xếp loại 2026.xlsx</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="99" />
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="101" />
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="103" />
        <source>&amp;Check the file</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="117" />
        <source>Show only rows with &amp;problems</source>
        <translation>Chỉ hiện các dòng có &amp;vấn đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="147" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="150" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="192" />
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="224" />
        <source>Choose the file to see its rows here.</source>
        <translation>Hãy chọn tệp để xem các dòng của tệp tại đây.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="243" />
        <source>Import &amp;only the {good} good rows and leave out the {bad} rows with problems</source>
        <translation>&amp;Chỉ nhập {good} dòng hợp lệ, bỏ qua {bad} dòng có vấn đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="250" />
        <source>Rows read: {rows}. New: {new}. Updated: {updated}. Unchanged: {unchanged}. With errors: {errors}.</source>
        <translation>Đã đọc {rows} dòng. Mới: {new}. Cập nhật: {updated}. Không đổi: {unchanged}. Có lỗi: {errors}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="262" />
        <source>Choose a row to read all of its problems.</source>
        <translation>Chọn một dòng để xem đầy đủ các vấn đề của dòng đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="271" />
        <source>Row {row}: no problem.</source>
        <translation>Dòng {row}: không có vấn đề gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="280" />
        <source>Nothing can be imported; see the lines above the table.</source>
        <translation>Không nhập được gì; xem các dòng phía trên bảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="282" />
        <source>The file has no column of names; nothing can be imported.</source>
        <translation>Tệp không có cột họ tên; không nhập được gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="285" />
        <source>No row can be imported. Correct the file and check it again.</source>
        <translation>Không có dòng nào nhập được. Hãy sửa tệp rồi kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="288" />
        <source>The file has rows with problems. Correct them in the file and check it again, or choose to import only the good rows.</source>
        <translation>Tệp có dòng bị lỗi. Hãy sửa trong tệp rồi kiểm tra lại, hoặc chọn chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="313" />
        <source>Imported from “{file}”: {new} new, {updated} updated. To take the whole import back, choose Edit → Undo (Ctrl+Z) in the main window.</source>
        <translation>Đã nhập từ “{file}”: {new} mới, {updated} cập nhật. Muốn hủy toàn bộ lần nhập, chọn Sửa → Hoàn tác (Ctrl+Z) ở cửa sổ chính.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_import_dialog.py" line="334" />
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>EvaluationImportTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="43" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="44" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="45" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="46" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="47" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="49" />
        <source>Self-
assessed</source>
        <translation>Tự
xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="50" />
        <source>Cell's
proposal</source>
        <translation>Chi bộ
đề xuất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="51" />
        <source>Committee's
decision</source>
        <translation>Đảng ủy
quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="52" />
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_import_table_model.py" line="53" />
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="123" />
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="124" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="125" />
        <source>Data file for the upper level (*.json)</source>
        <translation>Tệp số liệu gửi cấp trên (*.json)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="405" />
        <source>← &amp;Back to all cells</source>
        <translation>← &amp;Về bảng tổng hợp các chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="409" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="423" />
        <source>&amp;Open the cell's members</source>
        <translation>&amp;Mở danh sách đảng viên của chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="425" />
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1136" />
        <source>&amp;Enter the member's results…</source>
        <translation>&amp;Nhập kết quả của đảng viên…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="427" />
        <source>E&amp;xport the report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="429" />
        <source>E&amp;xport the annex…</source>
        <translation>&amp;Xuất phụ lục…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="431" />
        <source>&amp;Import results from a file…</source>
        <translation>Nhập kết quả từ &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="435" />
        <source>Exporting is not available in this version</source>
        <translation>Phiên bản này chưa có chức năng xuất tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="480" />
        <source>&amp;Open the year's review…</source>
        <translation>&amp;Mở đợt đánh giá của năm…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="482" />
        <source>&amp;Check…</source>
        <translation>&amp;Kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="483" />
        <source>List what is missing or breaks a rule</source>
        <translation>Liệt kê những gì còn thiếu hoặc chưa đúng quy định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="485" />
        <source>C&amp;lose the year…</source>
        <translation>Khóa &amp;sổ…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="487" />
        <source>Review &amp;date…</source>
        <translation>Ngày đánh &amp;giá…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="489" />
        <source>&amp;Reopen…</source>
        <translation>Mở &amp;lại…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="558" />
        <source>Party organisations</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="559" />
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="560" />
        <source>Earlier years</source>
        <translation>So sánh các năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="561" />
        <source>Award candidates</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="618" />
        <source>PDF, to print…</source>
        <translation>PDF, để in…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="619" />
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="620" />
        <source>Data file for the upper level (JSON)…</source>
        <translation>Tệp số liệu gửi cấp trên (JSON)…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="710" />
        <source>No Party organisation is set up yet.</source>
        <translation>Chưa thiết lập tổ chức đảng nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="737" />
        <source>{year} — closed</source>
        <translation>{year} — đã khóa sổ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="739" />
        <source>{year} — open</source>
        <translation>{year} — đang đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="763" />
        <source>The commune has not sent its review of {year} yet.</source>
        <translation>Xã chưa gửi lên kết quả kiểm điểm năm {year}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="766" />
        <source>The review of {year} has not been opened yet. Open the year to start entering results.</source>
        <translation>Đợt đánh giá, xếp loại năm {year} chưa được mở. Hãy mở đợt đánh giá để bắt đầu nhập kết quả.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="771" />
        <source>The review of {year} was &lt;b&gt;closed&lt;/b&gt; on {date} by {name}: it can only be read. To correct it, reopen it.</source>
        <translation>Đợt đánh giá năm {year} đã &lt;b&gt;khóa sổ&lt;/b&gt; ngày {date} ({name}): chỉ xem được. Muốn sửa, hãy mở lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="778" />
        <source>The review of {year} is &lt;b&gt;open&lt;/b&gt; (review date {date}). Enter the results, then check and close the year.</source>
        <translation>Đợt đánh giá năm {year} &lt;b&gt;đang mở&lt;/b&gt; (ngày đánh giá {date}). Nhập kết quả, sau đó kiểm tra và khóa sổ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="784" />
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="790" />
        <source>Reopened on {date} by {name}: {reason}</source>
        <translation>Mở lại ngày {date}, người mở: {name}. Lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="801" />
        <source>Read only here: the commune enters its results and sends them up. Record the upper level's decision on the commune's level, or a cell's, in the form beside the organisations.</source>
        <translation>Ở đây chỉ xem: xã nhập kết quả rồi gửi lên. Quyết định xếp loại của cấp trên đối với xã, hoặc một chi bộ, ghi ở ô bên cạnh bảng tổ chức đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="827" />
        <source>{unit}: classification of {year}</source>
        <translation>{unit}: xếp loại chất lượng năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="834" />
        <source>No cells yet. Add a cell in the organisation tree on the left.</source>
        <translation>Chưa có chi bộ nào. Thêm chi bộ ở cây tổ chức bên trái.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="855" />
        <source>No earlier year is recorded yet.</source>
        <translation>Chưa có số liệu của các năm trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="863" />
        <source>Members rated “{level}” in each of the last {years} years ({first}–{year}) earn a higher award.</source>
        <translation>Đảng viên được xếp loại “{level}” liên tục {years} năm ({first}–{year}) được đề nghị khen thưởng cấp cao hơn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="868" />
        <source>Nobody yet.</source>
        <translation>Năm nay chưa có ai.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="908" />
        <source>{unit}: {excellent} {excellent_name} and {good} {good_name} ({ratio}): within the cap of {cap}% (at most {allowed}).</source>
        <translation>{unit}: {excellent} {excellent_name} và {good} {good_name} ({ratio}): trong tỷ lệ cho phép {cap}% (nhiều nhất {allowed}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="913" />
        <source>{unit}: {excellent} {excellent_name} and {good} {good_name} ({ratio}): over the cap of {cap}%, at most {allowed} are allowed; lower some levels.</source>
        <translation>{unit}: {excellent} {excellent_name} và {good} {good_name} ({ratio}): vượt tỷ lệ cho phép {cap}%, chỉ được nhiều nhất {allowed}; cần hạ mức xếp loại của một số đảng viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="918" />
        <source>(* higher cap allowed by decision: {decision})</source>
        <translation>(* được vượt tỷ lệ theo quyết định: {decision})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="984" />
        <source>{cell}: evaluation of {year}</source>
        <translation>{cell}: đánh giá, xếp loại năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="998" />
        <source>{total} members on the roll on {date}: {required} to be reviewed, {reviewed} with a final level. Not reviewed: {exempt} exempt, {suspended} suspended, {new} admitted less than {months} months before.</source>
        <translation>Đến ngày {date} có {total} đảng viên: {required} phải đánh giá, {reviewed} đã có kết quả xếp loại. Không đánh giá: {exempt} miễn sinh hoạt, {suspended} đình chỉ sinh hoạt, {new} kết nạp chưa đủ {months} tháng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1013" />
        <source>The cell was rated “{level}” {years} years running.</source>
        <translation>Chi bộ đạt “{level}” {years} năm liền.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1031" />
        <source>{cell} had no members on the roll on {date}.</source>
        <translation>{cell} không có đảng viên nào vào ngày {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1101" />
        <source>(and %n more: open the member to see them)</source>
        <translation>
            <numerusform>(và %n điều khác: mở kết quả của đảng viên để xem)</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1107" />
        <source>Final level: {level}</source>
        <translation>Kết quả xếp loại: {level}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1109" />
        <source>No final level yet.</source>
        <translation>Chưa có kết quả xếp loại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1138" />
        <source>&amp;See the member's results…</source>
        <translation>&amp;Xem kết quả của đảng viên…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1326" />
        <source>Export the annex</source>
        <translation>Xuất phụ lục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1327" />
        <source>Classification annex {year} - {unit}</source>
        <translation>Phụ lục xếp loại đảng viên năm {year} - {unit}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1332" />
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="1333" />
        <source>Classification report {year} - {unit}</source>
        <translation>Báo cáo xếp loại chất lượng năm {year} - {unit}</translation>
    </message>
</context>
<context>
    <name>EvaluationTexts</name>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="27" />
        <source>Completed duties excellently</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="28" />
        <source>Completed duties well</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="29" />
        <source>Completed duties</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="30" />
        <source>Did not complete duties</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="41" />
        <source>Form 2A: leaders and managers</source>
        <translation>Mẫu 2A: cán bộ lãnh đạo, quản lý</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="42" />
        <source>Form 2B: members working in the political system</source>
        <translation>Mẫu 2B: đảng viên công tác trong hệ thống chính trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="45" />
        <source>Form 2C: members outside the political system</source>
        <translation>Mẫu 2C: đảng viên không công tác trong hệ thống chính trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="50" />
        <source>No long leave</source>
        <translation>Không nghỉ dài ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="51" />
        <source>Sick leave of 3 months or more</source>
        <translation>Nghỉ ốm từ 3 tháng trở lên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="52" />
        <source>Maternity leave</source>
        <translation>Nghỉ thai sản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="56" />
        <source>Exempt from activity since {date}</source>
        <translation>Miễn sinh hoạt từ {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="57" />
        <source>Suspended since {date}</source>
        <translation>Đình chỉ sinh hoạt từ {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="58" />
        <source>Admitted {date} (under {months} months)</source>
        <translation>Kết nạp {date} (chưa đủ {months} tháng)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="63" />
        <source>Exempt from activity</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="64" />
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="65" />
        <source>Admitted under {months} months ago</source>
        <translation>Kết nạp chưa đủ {months} tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="70" />
        <source>Not reviewed: exempt from Party work and activity since {date}.</source>
        <translation>Không đánh giá: miễn công tác và sinh hoạt đảng từ {date}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="73" />
        <source>Not reviewed: Party activity suspended since {date}.</source>
        <translation>Không đánh giá: đình chỉ sinh hoạt đảng từ {date}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="76" />
        <source>Not reviewed: admitted on {date}, less than {months} months before the review.</source>
        <translation>Không đánh giá: kết nạp ngày {date}, chưa đủ {months} tháng đến ngày đánh giá.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="82" />
        <source>Not reviewed: exempt from Party work and activity.</source>
        <translation>Không đánh giá: miễn công tác và sinh hoạt đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="85" />
        <source>Not reviewed: Party activity suspended.</source>
        <translation>Không đánh giá: đình chỉ sinh hoạt đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="88" />
        <source>Not reviewed: admitted less than {months} months before the review.</source>
        <translation>Không đánh giá: kết nạp chưa đủ {months} tháng đến ngày đánh giá.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="94" />
        <source>exempt from Party work and activity</source>
        <translation>miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="95" />
        <source>Party activity suspended</source>
        <translation>đình chỉ sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="96" />
        <source>admitted less than {months} months before the review</source>
        <translation>kết nạp chưa đủ {months} tháng đến ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="101" />
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="106" />
        <source>the self-assessment</source>
        <translation>mức tự xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="102" />
        <source>the cell's proposal</source>
        <translation>mức chi bộ đề xuất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="103" />
        <source>the final level</source>
        <translation>mức cấp ủy quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="107" />
        <source>the decided level</source>
        <translation>mức cấp trên quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="110" />
        <source>a competent body concluded ideological, ethical or lifestyle degradation</source>
        <translation>có kết luận của cấp có thẩm quyền về suy thoái tư tưởng chính trị, đạo đức, lối sống</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="114" />
        <source>a violation of what Party members must not do is recorded</source>
        <translation>vi phạm những điều đảng viên không được làm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="117" />
        <source>more than {percent}% of the year's tasks were not done</source>
        <translation>không hoàn thành trên {percent}% nhiệm vụ trong năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="122" />
        <source>not every task was done on time</source>
        <translation>chưa hoàn thành 100% nhiệm vụ đúng tiến độ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="123" />
        <source>fewer than {percent}% of the tasks were done above the requirement</source>
        <translation>số nhiệm vụ vượt yêu cầu chưa đạt {percent}%</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="126" />
        <source>last year's shortcomings were not remedied</source>
        <translation>chưa khắc phục hạn chế, khuyết điểm của năm trước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="131" />
        <source>the general criteria</source>
        <translation>nhóm tiêu chí chung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="132" />
        <source>the results of tasks</source>
        <translation>kết quả thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="134" />
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="135" />
        <source>no number</source>
        <translation>không số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="136" />
        <source>{unit}: {sentence}</source>
        <translation>{unit}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="140" />
        <source>Comrade {name} has no final level yet: enter the level decided by the committee.</source>
        <translation>Đồng chí {name} chưa có kết quả xếp loại: hãy nhập mức do cấp ủy quyết định.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="144" />
        <source>Comrade {name} is not reviewed this year ({reason}) but has a final level: clear the level.</source>
        <translation>Đồng chí {name} không thuộc diện đánh giá năm nay ({reason}) nhưng lại có kết quả xếp loại: hãy xóa mức xếp loại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="149" />
        <source>Comrade {name}: {reasons}, so the level can only be “{not_completed}”; change {stages}.</source>
        <translation>Đồng chí {name}: {reasons}, nên chỉ được xếp loại “{not_completed}”; hãy sửa {stages}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="153" />
        <source>Comrade {name} was disciplined this year ({discipline}, decision {number} of {date}), which points to “{not_completed}”. To keep a higher level, write the committee's reasoning under “Decision on the discipline”.</source>
        <translation>Đồng chí {name} bị kỷ luật trong năm ({discipline}, quyết định số {number} ngày {date}), nên xếp loại “{not_completed}”. Nếu giữ mức cao hơn, hãy ghi ý kiến của cấp ủy vào ô “Xem xét kỷ luật”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="159" />
        <source>Comrade {name}: the score for {part} must be from 0 to {maximum} points.</source>
        <translation>Đồng chí {name}: điểm {part} phải từ 0 đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="163" />
        <source>Comrade {name} has a self-assessed level but no score yet: enter both scores.</source>
        <translation>Đồng chí {name} đã tự xếp loại nhưng chưa có điểm: hãy nhập đủ hai phần điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="167" />
        <source>Comrade {name}: the self-assessment is “{level}” but {score} points fall in “{band}”; correct the level or the scores.</source>
        <translation>Đồng chí {name}: tự xếp loại “{level}” nhưng {score} điểm thuộc mức “{band}”; hãy sửa mức xếp loại hoặc số điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="172" />
        <source>Comrade {name}: {stage} is “{level}”, higher than {score} points allow (“{band}”); a level may be lower than the score but never higher.</source>
        <translation>Đồng chí {name}: {stage} là “{level}”, cao hơn mức của {score} điểm (“{band}”); được xếp thấp hơn số điểm nhưng không được cao hơn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="177" />
        <source>Comrade {name}: {stages} is “{excellent}”, but {unmet}; lower the level or correct the figures.</source>
        <translation>Đồng chí {name}: {stages} là “{excellent}” nhưng {unmet}; hãy hạ mức xếp loại hoặc sửa số liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="182" />
        <source>Comrade {name}: {late}% of the tasks were late, more than the {maximum}% allowed for “{completed}”; change {stages} to “{not_completed}”.</source>
        <translation>Đồng chí {name}: {late}% nhiệm vụ chậm tiến độ, quá {maximum}% cho phép của mức “{completed}”; hãy sửa {stages} thành “{not_completed}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="187" />
        <source>{unit}: {excellent} members are “{excellent_name}”, more than {cap}% of the {good} rated “{good_name}” (at most {allowed}). Lower some levels, or record the upper level's decision allowing up to {exception}%.</source>
        <translation>{unit}: có {excellent} đảng viên “{excellent_name}”, vượt {cap}% của {good} đảng viên “{good_name}” (nhiều nhất {allowed}). Hãy hạ mức xếp loại của một số đảng viên, hoặc ghi quyết định của cấp trên cho phép đến {exception}%.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="193" />
        <source>{unit}: {excellent} members are “{excellent_name}”, more than the {cap}% the exception decision allows ({good} rated “{good_name}”, at most {allowed}). Lower some levels.</source>
        <translation>{unit}: có {excellent} đảng viên “{excellent_name}”, vượt {cap}% theo quyết định cho phép ({good} đảng viên “{good_name}”, nhiều nhất {allowed}). Hãy hạ mức xếp loại của một số đảng viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="198" />
        <source>{unit}: the cell's level decided by the commune committee is missing; enter it (or mark the cell as newly formed).</source>
        <translation>{unit}: chưa có mức xếp loại chi bộ do Đảng ủy xã quyết định; hãy nhập (hoặc đánh dấu chi bộ mới thành lập).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="203" />
        <source>{unit}: enter the Party organisation's own self-assessed level.</source>
        <translation>{unit}: hãy nhập mức tự xếp loại của tổ chức đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="207" />
        <source>{unit} is marked as newly formed (not classified) but has a level; clear the level or the mark.</source>
        <translation>{unit} được đánh dấu mới thành lập (không xếp loại) nhưng lại có mức xếp loại; hãy xóa mức xếp loại hoặc bỏ dấu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/evaluation_texts.py" line="212" />
        <source>{unit}: {stage} is “{excellent_name}”, but Comrade {leader} of its leadership was disciplined this year, so the cell cannot be rated so; choose a lower level.</source>
        <translation>{unit}: {stage} là “{excellent_name}”, nhưng đồng chí {leader} trong cấp ủy, lãnh đạo chi bộ bị kỷ luật trong năm nên chi bộ không được xếp mức này; hãy chọn mức thấp hơn.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="23" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="24" />
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="28" />
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="29" />
        <source>Member list</source>
        <translation>Danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="30" />
        <source>{unit}, as of {date}</source>
        <translation>{unit}, tính đến ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="31" />
        <source>Total: {total} members, of whom {official} official, {probationary} probationary, {women} women.</source>
        <translation>Tổng số: {total} đảng viên, trong đó: chính thức {official}, dự bị {probationary}, nữ {women}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="36" />
        <source>The list also shows {count} people no longer on the roll (transferred, died …).</source>
        <translation>Danh sách có thêm {count} người không còn sinh hoạt tại đơn vị (đã chuyển đi, từ trần …).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="39" />
        <source>On behalf of the cell</source>
        <translation>T/M Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="40" />
        <source>On behalf of the Party committee</source>
        <translation>T/M Đảng ủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="41" />
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="42" />
        <source>- {unit} (to report);</source>
        <translation>- {unit} (để báo cáo);</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="43" />
        <source>- Filed at the cell.</source>
        <translation>- Lưu Chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="44" />
        <source>- Filed at the committee office.</source>
        <translation>- Lưu Văn phòng Đảng ủy.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="47" />
        <source>{path}: unknown file type; use .xlsx, .csv or .pdf.</source>
        <translation>{path}: không rõ loại tệp; hãy dùng đuôi .xlsx, .csv hoặc .pdf.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="50" />
        <source>{path}: this document cannot be saved as that type of file; use {allowed}.</source>
        <translation>{path}: không lưu được văn bản này thành loại tệp đó; hãy dùng đuôi {allowed}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="53" />
        <source>{unit} is not a cell: a member annex is made for one cell; choose a cell.</source>
        <translation>{unit} không phải là chi bộ: phụ lục danh sách đảng viên lập cho từng chi bộ; hãy chọn một chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="56" />
        <source>The folder {folder} does not exist; choose another place to save.</source>
        <translation>Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="59" />
        <source>{path} is open in another program (Excel, a PDF reader …); close it and try again.</source>
        <translation>Tệp {path} đang được mở trong chương trình khác (Excel, trình đọc PDF …); hãy đóng tệp rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_texts.py" line="63" />
        <source>Cannot write {path} ({detail}). Choose another place; a USB stick may be full or write-protected.</source>
        <translation>Không ghi được tệp {path} ({detail}). Hãy chọn nơi lưu khác; USB có thể đã đầy hoặc bị khóa ghi.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="24" />
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="25" />
        <source>Print list (PDF)</source>
        <translation>In danh sách (PDF)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="27" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="28" />
        <source>CSV, comma separated (*.csv)</source>
        <translation>Tệp CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="29" />
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="31" />
        <source>Exporting the members…</source>
        <translation>Đang xuất danh sách đảng viên…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="32" />
        <source>{count} members saved to:
{path}</source>
        <translation>Đã lưu {count} đảng viên vào tệp:
{path}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="33" />
        <source>Saved to:
{path}</source>
        <translation>Đã lưu vào:
{path}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="34" />
        <source>The member list ({count} members, {pages} pages) was saved to:
{path}</source>
        <translation>Đã lưu danh sách đảng viên ({count} đảng viên, {pages} trang) vào tệp:
{path}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="37" />
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="38" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="39" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/export_flow.py" line="40" />
        <source>Could not open {path}; open it from the folder instead.</source>
        <translation>Không mở được {path}; hãy mở tệp từ thư mục chứa nó.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="235" />
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="238" />
        <source>An Excel workbook (.xlsx or the older .xls) or a CSV file, with one member per row. Title rows above the table are fine.</source>
        <translation>Tệp Excel (.xlsx hoặc .xls đời cũ) hay tệp CSV, mỗi dòng một đảng viên. Có các dòng tiêu đề phía trên bảng cũng được.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="243" />
        <source>e.g. D:\Danh sách đảng viên.xlsx</source>
        <translation>ví dụ: D:\Danh sách đảng viên.xlsx</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="245" />
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="253" />
        <source>The next steps show which column holds what, then every row with its problems. Nothing is saved until you press Import, and one Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Các bước tiếp theo cho thấy mỗi cột chứa thông tin gì, rồi từng dòng cùng các lỗi của dòng đó. Chưa có gì được lưu cho đến khi bấm Nhập, và một lần Hoàn tác (Ctrl+Z) sẽ hủy toàn bộ lần nhập.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="260" />
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="297" />
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/findings_panel.py" line="29" />
        <source>Checked against the rules</source>
        <translation>Kiểm tra theo quy định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/findings_panel.py" line="54" />
        <source>According to: {profile}</source>
        <translation>Theo: {profile}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/findings_panel.py" line="93" />
        <source>Must correct</source>
        <translation>Phải sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/findings_panel.py" line="95" />
        <source>Take note</source>
        <translation>Lưu ý</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="104" />
        <source>Chi bộ Desktop — the administrator's account</source>
        <translation>Chi bộ Desktop — tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="106" />
        <source>Member records are confidential: no one may open the program without an account. Create the administrator's account now. The administrator then adds an account for each person who uses this computer.</source>
        <translation>Hồ sơ đảng viên là tài liệu mật: không ai được mở chương trình khi chưa có tài khoản. Hãy tạo tài khoản quản trị ngay bây giờ. Sau đó quản trị viên thêm tài khoản cho từng người dùng máy tính này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="110" />
        <source>&amp;Create the account</source>
        <translation>Tạo tài &amp;khoản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="115" />
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="117" />
        <source>e.g. an (typed at every sign-in)</source>
        <translation>ví dụ: an (gõ mỗi lần đăng nhập)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="120" />
        <source>&amp;Show what I type</source>
        <translation>Hiện &amp;chữ đang gõ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="122" />
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="123" />
        <source>Sign-in &amp;name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="124" />
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="125" />
        <source>&amp;Repeat the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="129" />
        <source>The password has at least {count} characters. Write it down and keep it locked away: no one can read it back, not even the program's makers.</source>
        <translation>Mật khẩu có ít nhất {count} ký tự. Hãy ghi lại và cất giữ cẩn thận: không ai đọc lại được mật khẩu, kể cả người làm ra chương trình.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="137" />
        <source>The two passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="42" />
        <source>Chi bộ Desktop — first set-up</source>
        <translation>Chi bộ Desktop — thiết lập lần đầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="47" />
        <source>Welcome. Enter your office and its Party organisation once; everything can be changed later. To look around first, open the program with demo data.</source>
        <translation>Xin chào. Hãy nhập thông tin văn phòng và tổ chức đảng của mình một lần; mọi thứ đều có thể sửa sau. Muốn xem thử trước, hãy mở chương trình với dữ liệu mẫu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="54" />
        <source>e.g. Văn phòng Đảng ủy xã Tân Lập</source>
        <translation>ví dụ: Văn phòng Đảng ủy xã Tân Lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="56" />
        <source>e.g. Tân Lập (printed as “Tân Lập, ngày …”)</source>
        <translation>ví dụ: Tân Lập (in thành “Tân Lập, ngày …”)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="57" />
        <source>Commune or ward Party committee</source>
        <translation>Đảng ủy xã, phường</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="58" />
        <source>Upper-level office (province)</source>
        <translation>Cơ quan cấp trên (tỉnh)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="64" />
        <source>e.g. Đảng bộ xã Tân Lập</source>
        <translation>ví dụ: Đảng bộ xã Tân Lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="71" />
        <source>&amp;Office name *</source>
        <translation>Tên &amp;văn phòng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="72" />
        <source>&amp;Place name *</source>
        <translation>Địa d&amp;anh *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="73" />
        <source>&amp;Role</source>
        <translation>Vai t&amp;rò</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="76" />
        <source>Party &amp;organisation *</source>
        <translation>&amp;Tổ chức đảng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="78" />
        <source>Cells of the commune (you can add more later)</source>
        <translation>Các chi bộ trực thuộc (có thể thêm sau)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="80" />
        <source>Cell name</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="80" />
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="85" />
        <source>Add a &amp;row</source>
        <translation>Thêm dòn&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="97" />
        <source>Open with &amp;demo data</source>
        <translation>Mở với &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="99" />
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="102" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="162" />
        <source>Creating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/form_dialog.py" line="25" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/form_dialog.py" line="26" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="117" />
        <source>User guide — Chi bộ Desktop</source>
        <translation>Hướng dẫn sử dụng — Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="122" />
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="139" />
        <source>&amp;Open the PDF to print</source>
        <translation>&amp;Mở bản PDF để in</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="143" />
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Lưu bản PDF…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="146" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="161" />
        <source>The user guide is missing from {folder}.</source>
        <translation>Không tìm thấy tài liệu hướng dẫn trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="213" />
        <location filename="../../chibo_desktop/ui/help_window.py" line="224" />
        <source>Save the user guide</source>
        <translation>Lưu tài liệu hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="215" />
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/help_window.py" line="225" />
        <source>The guide could not be saved to {path}: {reason}</source>
        <translation>Không lưu được tài liệu hướng dẫn vào {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="359" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="360" />
        <source>Reviewed</source>
        <translation>Đã xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="362" />
        <source>{excellent} ÷ {good}</source>
        <translation>{excellent} ÷ {good}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="365" />
        <source>Own level</source>
        <translation>Xếp loại tổ chức</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/import_preview_table_model.py" line="37" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/import_preview_table_model.py" line="38" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/import_preview_table_model.py" line="39" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/import_preview_table_model.py" line="40" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/import_preview_table_model.py" line="41" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/import_preview_table_model.py" line="42" />
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="20" />
        <source>{path}: there is no such file.</source>
        <translation>{path}: không có tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="21" />
        <source>{path}: only Excel (.xlsx, .xls) and CSV files can be imported.</source>
        <translation>{path}: chỉ nhập được tệp Excel (.xlsx, .xls) và tệp CSV.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="24" />
        <source>{path}: this is a web page saved under an Excel name; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>{path}: đây là trang web được lưu dưới tên tệp Excel; hãy mở bằng Excel rồi lưu lại thành Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="29" />
        <source>{path}: cannot be read as a spreadsheet ({detail}); it may be damaged or protected by a password.</source>
        <translation>{path}: không đọc được như một bảng tính ({detail}); tệp có thể bị hỏng hoặc đã đặt mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="34" />
        <source>{path}: the file holds no data.</source>
        <translation>{path}: tệp không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="35" />
        <source>{path}: far too large for a list of members or of results, so it was not read; check that this is the right file.</source>
        <translation>{path}: tệp quá lớn, không thể là danh sách đảng viên hay bảng kết quả nên chương trình không đọc; hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="40" />
        <source>{path}: the text is in an encoding this program cannot read (perhaps TCVN3 or VNI, made for old Vietnamese fonts). Open the file in Excel, save it as “CSV UTF-8” and import that file.</source>
        <translation>{path}: chữ trong tệp dùng bảng mã mà chương trình không đọc được (có thể là TCVN3 hoặc VNI của các phông chữ tiếng Việt cũ). Hãy mở tệp bằng Excel, lưu lại dưới dạng “CSV UTF-8” rồi nhập tệp mới đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="47" />
        <source>Row {row}: {problems}</source>
        <translation>Dòng {row}: {problems}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="48" />
        <source>Column headers found on row {row}.</source>
        <translation>Tìm thấy dòng tiêu đề cột ở dòng {row}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="49" />
        <source>Column headers found on row {row} of the sheet “{sheet}”.</source>
        <translation>Tìm thấy dòng tiêu đề cột ở dòng {row} của trang tính “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="52" />
        <source>Required columns not found: {fields}.</source>
        <translation>Không tìm thấy các cột bắt buộc: {fields}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="53" />
        <source>Columns not imported: {headers}.</source>
        <translation>Các cột không nhập: {headers}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="54" />
        <source>Rows that are not members (titles, totals, signatures) skipped: {rows}.</source>
        <translation>Bỏ qua các dòng không phải đảng viên (tiêu đề, dòng tổng, chữ ký): {rows}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="57" />
        <source>Cells to create (not yet in the database): {count}</source>
        <translation>Chi bộ sẽ tạo mới (chưa có trong chương trình): {count}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="58" />
        <source>- {name} (type: {kind}; rows: {count}, the first is row {row})</source>
        <translation>- {name} (loại hình: {kind}; số dòng: {count}, dòng đầu tiên là dòng {row})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="61" />
        <source>{file}: rows read: {rows}; good: {good}; with errors: {errors}; duplicates: {duplicates}.</source>
        <translation>{file}: số dòng đã đọc: {rows}; hợp lệ: {good}; có lỗi: {errors}; trùng: {duplicates}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="66" />
        <source>Good</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="67" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/import_report.py" line="68" />
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="92" />
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="94" />
        <source>Excel and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>Tệp Excel và CSV (*.xlsx *.xlsm *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="142" />
        <source>Import members from Excel</source>
        <translation>Nhập danh sách đảng viên từ Excel</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="148" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="149" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="150" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="151" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="152" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <location filename="../../chibo_desktop/ui/idle_lock.py" line="141" />
        <source>The window is locked</source>
        <translation>Cửa sổ đã khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/idle_lock.py" line="157" />
        <source>It was not used for a while. Type the password to go on where you left off, or sign in as someone else.</source>
        <translation>Cửa sổ đã lâu không được dùng. Gõ mật khẩu để làm tiếp công việc đang dở, hoặc đăng nhập bằng tài khoản khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/idle_lock.py" line="164" />
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="131" />
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="132" />
        <source>Cell meetings</source>
        <translation>Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="133" />
        <source>Evaluation and classification</source>
        <translation>Đánh giá, xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="134" />
        <source>Transfers</source>
        <translation>Chuyển sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="135" />
        <source>Admissions</source>
        <translation>Kết nạp đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="136" />
        <source>213 list</source>
        <translation>Danh sách 213</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="182" />
        <source>&amp;Confirm the restored data</source>
        <translation>&amp;Xác nhận dữ liệu đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="192" />
        <source>The data was restored from the backup of {date}. Check it (members, meetings, evaluations), then press Confirm. Until then the program takes no automatic backup and deletes none.</source>
        <translation>Dữ liệu đã được khôi phục từ bản sao lưu lúc {date}. Hãy kiểm tra (đảng viên, sinh hoạt, đánh giá) rồi bấm Xác nhận. Trước khi xác nhận, chương trình không tự sao lưu và không xóa bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="201" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="202" />
        <source>&amp;Import members from Excel…</source>
        <translation>&amp;Nhập danh sách từ Excel…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="206" />
        <source>&amp;Check the data</source>
        <translation>&amp;Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="209" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="212" />
        <source>&amp;Restore from a backup…</source>
        <translation>Khôi &amp;phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="214" />
        <source>Back up to a USB &amp;stick (with a password)…</source>
        <translation>Sao lưu ra &amp;USB (có mật khẩu)…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="216" />
        <source>Backup se&amp;ttings…</source>
        <translation>&amp;Cài đặt sao lưu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="219" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="223" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="233" />
        <source>&amp;Find a member</source>
        <translation>Tìm đảng &amp;viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="236" />
        <source>&amp;Add a member…</source>
        <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="241" />
        <source>&amp;Organisation</source>
        <translation>Tổ &amp;chức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="242" />
        <source>&amp;New unit under the selected one…</source>
        <translation>&amp;Thêm đơn vị trực thuộc đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="244" />
        <source>&amp;Rename the selected unit…</source>
        <translation>Đổi tê&amp;n đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="246" />
        <source>&amp;Dissolve the selected unit…</source>
        <translation>&amp;Giải thể đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="249" />
        <source>Show dissolved units</source>
        <translation>Hiện cả đơn vị đã giải thể</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="258" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="259" />
        <source>&amp;Statistics…</source>
        <translation>&amp;Thống kê…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="265" />
        <source>&amp;Print the member list (PDF)…</source>
        <translation>&amp;In danh sách đảng viên (PDF)…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="270" />
        <source>E&amp;xport the member list to Excel…</source>
        <translation>&amp;Xuất danh sách đảng viên ra Excel…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="283" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="284" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="287" />
        <source>&amp;About Chi bộ Desktop</source>
        <translation>&amp;Giới thiệu Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="289" />
        <source>Save an &amp;error report…</source>
        <translation>Gửi &amp;báo cáo lỗi…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="292" />
        <source>&amp;Language (Ngôn ngữ)</source>
        <translation>&amp;Ngôn ngữ (Language)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="306" />
        <source>&amp;Data exchange</source>
        <translation>Trao đổi &amp;dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="308" />
        <source>&amp;Send data to the upper level…</source>
        <translation>&amp;Gửi dữ liệu lên cấp trên…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="312" />
        <source>&amp;Receive data…</source>
        <translation>&amp;Nhận dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="317" />
        <source>Send &amp;decisions down to a commune…</source>
        <translation>Gửi &amp;quyết định xuống xã…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="324" />
        <source>Install an &amp;enrolment file…</source>
        <translation>Cài &amp;tệp đăng ký…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="327" />
        <source>&amp;Write this office's enrolment file…</source>
        <translation>Ghi tệp đăng ký của cơ quan nà&amp;y…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="329" />
        <source>This office's key &amp;fingerprint</source>
        <translation>&amp;Dấu vân tay khóa của cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="332" />
        <source>&amp;Offices exchanging data…</source>
        <translation>&amp;Các cơ quan trao đổi dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="334" />
        <source>&amp;Conflicts waiting for a decision…</source>
        <translation>&amp;Xung đột chờ quyết định…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="339" />
        <source>&amp;Account</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="340" />
        <source>&amp;Lock the window</source>
        <translation>&amp;Khóa cửa sổ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="343" />
        <source>Sign in as &amp;someone else…</source>
        <translation>Đăng nhập bằng tài khoản khá&amp;c…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="345" />
        <source>Change my &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="348" />
        <source>C&amp;hange log…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="351" />
        <source>&amp;Accounts…</source>
        <translation>&amp;Quản lý tài khoản…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="362" />
        <source>Signed in: {name} ({role})</source>
        <translation>Đăng nhập: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="396" />
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="416" />
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Hoàn tác: {action}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="418" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="422" />
        <source>&amp;Redo: {action}</source>
        <translation>&amp;Làm lại: {action}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="424" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="470" />
        <source>commune office</source>
        <translation>văn phòng đảng ủy xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="472" />
        <source>upper-level office</source>
        <translation>cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="486" />
        <source>Not yet enrolled with the upper level</source>
        <translation>Chưa đăng ký với cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="488" />
        <source>No data confirmed by the upper level yet</source>
        <translation>Cấp trên chưa xác nhận dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="489" />
        <source>Last accepted by the upper level on {date}</source>
        <translation>Cấp trên xác nhận lần cuối ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="496" />
        <source>No commune has sent data yet</source>
        <translation>Chưa xã nào gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="498" />
        <source>{silent} of {count} communes sent nothing for {days} days</source>
        <translation>{silent}/{count} xã đã {days} ngày chưa gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="501" />
        <source>Data received from {count} communes</source>
        <translation>Đã nhận dữ liệu của {count} xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="536" />
        <source>Rename unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="537" />
        <source>New name for {name}:</source>
        <translation>Tên mới của {name}:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="552" />
        <source>Dissolve unit</source>
        <translation>Giải thể đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="564" />
        <source>{name} still has members. Move them all to:</source>
        <translation>{name} vẫn còn đảng viên. Chuyển toàn bộ sang:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="572" />
        <source>Date of the dissolution decision (dd/mm/yyyy):</source>
        <translation>Ngày quyết định giải thể (ngày/tháng/năm):</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="576" />
        <source>Dissolve {name}? It stays in the records (and in past reports) as dissolved. You can undo it (Ctrl+Z).</source>
        <translation>Giải thể {name}? Đơn vị vẫn được giữ trong hồ sơ (và trong các báo cáo trước đây) với trạng thái đã giải thể. Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="581" />
        <source>Every member moves to {target}; each move is kept in the member's history.</source>
        <translation>Toàn bộ đảng viên chuyển sang {target}; việc chuyển được ghi vào quá trình của từng người.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="583" />
        <source>Dissolve</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="609" />
        <source>{cell} has only {count} official members (at least 3 needed).</source>
        <translation>{cell} chỉ còn {count} đảng viên chính thức (cần ít nhất 3).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="639" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="641" />
        <source>Check the data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="641" />
        <source>No problems found.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="644" />
        <source>Checking the data…</source>
        <translation>Đang kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="655" />
        <source>Daily backup taken at {time}.</source>
        <translation>Đã sao lưu hằng ngày lúc {time}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="662" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="679" />
        <source>Backing up the data…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="672" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="686" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="673" />
        <source>The data was backed up and checked: {file} in {folder}.</source>
        <translation>Đã sao lưu và kiểm tra dữ liệu: {file} trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="692" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="772" />
        <source>The enrolment file of the upper level or of another commune</source>
        <translation>Tệp đăng ký của cấp trên hoặc của xã khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="774" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="804" />
        <source>Enrolment files (*{suffix})</source>
        <translation>Tệp đăng ký (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="784" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="791" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="814" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="818" />
        <source>Enrolment</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="793" />
        <source>The key of {site} is installed. Its fingerprint is

{fingerprint}

Compare it with the one {site} printed or read out to you before sending data.</source>
        <translation>Đã cài khóa của {site}. Dấu vân tay khóa là

{fingerprint}

Hãy so với dấu vân tay {site} đã in hoặc đọc cho đồng chí trước khi gửi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="802" />
        <source>Save this office's enrolment file</source>
        <translation>Lưu tệp đăng ký của cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="820" />
        <source>The enrolment file was written to {path}. Give it to the communes, and print this office's key fingerprint for them to compare:

{fingerprint}</source>
        <translation>Đã ghi tệp đăng ký vào {path}. Hãy gửi tệp cho các xã, và in dấu vân tay khóa của cơ quan để các xã đối chiếu:

{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="838" />
        <source>This office's key fingerprint</source>
        <translation>Dấu vân tay khóa của cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="840" />
        <source>This office's key fingerprint is

{fingerprint}

The offices you exchange data with compare it with the one their program shows before they accept your first package.</source>
        <translation>Dấu vân tay khóa của cơ quan là

{fingerprint}

Các cơ quan trao đổi dữ liệu với mình sẽ so dấu vân tay này với dấu vân tay chương trình của họ hiển thị trước khi nhận gói đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="854" />
        <source>About Chi bộ Desktop</source>
        <translation>Giới thiệu Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="856" />
        <source>Chi bộ Desktop {version}

The member roster, cell meetings and annual classification of a commune Party committee, fully offline.

Database: {path}</source>
        <translation>Chi bộ Desktop {version}

Quản lý đảng viên, sinh hoạt chi bộ và đánh giá, xếp loại hằng năm của đảng bộ xã, phường — hoạt động hoàn toàn không cần mạng.

Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="869" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="871" />
        <source>The program will show in {language} the next time it starts. Close it and open it again to change now.</source>
        <translation>Lần mở chương trình sau sẽ hiển thị bằng {language}. Muốn đổi ngay, hãy đóng chương trình rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="311" />
        <source>Check the columns</source>
        <translation>Kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="314" />
        <source>Each column of the file and what it will be imported as. Correct any column that was not recognised; columns set to “not imported” are left out.</source>
        <translation>Từng cột của tệp và thông tin sẽ được nhập từ cột đó. Hãy sửa các cột chưa nhận ra; cột để “không nhập” sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="320" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="331" />
        <source>&amp;Headers are on row:</source>
        <translation>&amp;Dòng tiêu đề cột:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="338" />
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="338" />
        <source>Imported as</source>
        <translation>Nhập vào mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="338" />
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="351" />
        <source>&amp;Cell for rows that name none:</source>
        <translation>&amp;Chi bộ cho các dòng không ghi chi bộ:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="372" />
        <source>(none: such rows are reported)</source>
        <translation>(không có: các dòng đó sẽ được báo lỗi)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="403" />
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="436" />
        <source>Columns every file needs: {fields}</source>
        <translation>Các cột tệp nào cũng phải có: {fields}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="439" />
        <source>Choose the column for each field marked ✗ before going on.</source>
        <translation>Hãy chọn cột cho từng mục có dấu ✗ trước khi tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="467" />
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="479" />
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
</context>
<context>
    <name>MeetingMessages</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="52" />
        <source>Meeting day</source>
        <translation>Ngày sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="53" />
        <source>Thematic topics</source>
        <translation>Chuyên đề theo tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="54" />
        <source>Committee term began on</source>
        <translation>Nhiệm kỳ cấp ủy bắt đầu từ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="55" />
        <source>Date of the meeting</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="56" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="57" />
        <source>Agenda items</source>
        <translation>Các mục chương trình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="61" />
        <source>{field}: choose a day from 1 to 31.</source>
        <translation>{field}: hãy chọn ngày từ 1 đến 31.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="64" />
        <source>{field}: there is no month {month}; choose a month from 1 to 12.</source>
        <translation>{field}: không có tháng {month}; hãy chọn tháng từ 1 đến 12.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="67" />
        <source>{field}: a row has no topic; write the topic or remove the row.</source>
        <translation>{field}: có dòng chưa ghi tên chuyên đề; hãy ghi vào hoặc xóa dòng đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="70" />
        <source>{field}: meetings are held by a cell; choose one of the cells.</source>
        <translation>{field}: buổi họp phải thuộc một chi bộ; hãy chọn một chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="73" />
        <source>{field}: the agenda of {kind} needs at least one item.</source>
        <translation>{field}: chương trình buổi họp {kind} cần có ít nhất một mục.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="76" />
        <source>{field}: write the date as dd/mm/yyyy, e.g. 03/03/2026.</source>
        <translation>{field}: hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 03/03/2026.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="79" />
        <source>{field}: “{value}” is not a date; write it as dd/mm/yyyy, e.g. 03/03/2026.</source>
        <translation>{field}: “{value}” không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 03/03/2026.</translation>
    </message>
</context>
<context>
    <name>MeetingPlanDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="234" />
        <source>day </source>
        <translation>ngày </translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="235" />
        <source> of each month</source>
        <translation> hằng tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="237" />
        <source>Regular meeting &amp;day</source>
        <translation>&amp;Ngày sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="242" />
        <source>In a month without this day (e.g. the 31st in February) the meeting is planned on the month's last day.</source>
        <translation>Tháng nào không có ngày này (ví dụ ngày 31 của tháng 2) thì buổi họp được xếp vào ngày cuối tháng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="257" />
        <source>Common meeting plan {year} — {unit}</source>
        <translation>Kế hoạch sinh hoạt chung năm {year} — {unit}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="263" />
        <source>Cells without a plan of their own for {year} meet on this day. Topics and the assigned committee member are set in each cell's plan.</source>
        <translation>Các chi bộ chưa có kế hoạch riêng năm {year} sẽ họp vào ngày này. Chuyên đề và đồng chí được phân công dự ghi trong kế hoạch của từng chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="270" />
        <source>Meeting plan {year} — {cell}</source>
        <translation>Kế hoạch sinh hoạt năm {year} — {cell}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="276" />
        <source>Thematic &amp;topics</source>
        <translation>&amp;Chuyên đề theo tháng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="281" />
        <source>At least one thematic meeting each quarter. A row left empty is not saved.</source>
        <translation>Mỗi quý sinh hoạt chuyên đề ít nhất một lần. Dòng để trống sẽ không được lưu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="285" />
        <source>Full name; type a few letters to choose a member</source>
        <translation>Họ và tên; gõ vài chữ để chọn đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="288" />
        <source>Assigned &amp;committee member</source>
        <translation>Đồng chí được &amp;phân công dự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="291" />
        <source>The member of the commune committee assigned to attend this cell.</source>
        <translation>Đồng chí cấp ủy xã được phân công dự sinh hoạt với chi bộ này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="293" />
        <source>Committee t&amp;erm began on</source>
        <translation>Nhiệm &amp;kỳ cấp ủy bắt đầu từ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="296" />
        <source>Resolutions and conclusions are numbered from 01 within each term.</source>
        <translation>Nghị quyết, kết luận được đánh số từ 01 trong mỗi nhiệm kỳ.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="222" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="223" />
        <source>Type of meeting</source>
        <translation>Loại buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="224" />
        <source>Topic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="225" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="226" />
        <source>Resolution / conclusion</source>
        <translation>Nghị quyết / kết luận</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="26" />
        <source>Regular</source>
        <translation>Thường kỳ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="27" />
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="28" />
        <source>Regular and thematic together</source>
        <translation>Thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="31" />
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="39" />
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="32" />
        <source>Minutes being written</source>
        <translation>Đang ghi biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="33" />
        <source>Minutes completed</source>
        <translation>Đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="34" />
        <source>Minutes adopted</source>
        <translation>Đã thông qua</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="36" />
        <source>Planned, date passed</source>
        <translation>Kế hoạch – đã quá ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="40" />
        <source>Writing</source>
        <translation>Đang ghi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="41" />
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="45" />
        <source>nothing planned yet</source>
        <translation>chưa có kế hoạch</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="46" />
        <source>planned, not yet held</source>
        <translation>có kế hoạch, chưa họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="47" />
        <source>held, minutes being written</source>
        <translation>đã họp, đang ghi biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="48" />
        <source>held, minutes completed</source>
        <translation>đã họp, đã hoàn tất biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="49" />
        <source>month over, no minutes</source>
        <translation>tháng đã qua mà chưa có biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="64" />
        <source>Resolution no. {number}</source>
        <translation>Nghị quyết số {number}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="65" />
        <source>Conclusion no. {number}</source>
        <translation>Kết luận số {number}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="67" />
        <source>Missing month {months}</source>
        <translation>Thiếu tháng {months}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="68" />
        <source>Quarter {quarters}: no thematic meeting</source>
        <translation>Quý {quarters} chưa sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="69" />
        <source>Month {months}: the month is over but there are no minutes of a regular meeting.</source>
        <translation>Tháng {months} đã qua nhưng chưa có biên bản sinh hoạt thường kỳ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/meeting_table_models.py" line="73" />
        <source>Quarter {quarters}: the quarter is over without a thematic meeting (at least one is needed each quarter).</source>
        <translation>Quý {quarters} đã qua mà chưa sinh hoạt chuyên đề (mỗi quý ít nhất một lần).</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="196" />
        <source>← &amp;Back to all cells</source>
        <translation>← &amp;Về bảng tổng hợp các chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="202" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="235" />
        <source>&amp;Schedule the year</source>
        <translation>&amp;Lập lịch năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="237" />
        <source>Put a regular meeting in every month that has none, on the plan's day</source>
        <translation>Thêm buổi sinh hoạt thường kỳ vào mỗi tháng chưa có, theo ngày trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="240" />
        <source>&amp;Plan…</source>
        <translation>&amp;Kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="242" />
        <source>&amp;Add a meeting…</source>
        <translation>&amp;Thêm buổi họp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="244" />
        <source>&amp;Open the cell's calendar</source>
        <translation>Xem lịch &amp;chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="246" />
        <source>Change the &amp;date…</source>
        <translation>Đổi ngà&amp;y…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="248" />
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="250" />
        <source>&amp;Minutes…</source>
        <translation>&amp;Biên bản…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="251" />
        <source>Write or read the minutes of the chosen meeting</source>
        <translation>Ghi hoặc xem biên bản của buổi họp đang chọn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="253" />
        <source>A&amp;genda templates…</source>
        <translation>&amp;Mẫu chương trình…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="442" />
        <source>{unit}: meetings of every cell in {year}</source>
        <translation>{unit} — sinh hoạt của các chi bộ năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="451" />
        <source>No cells yet. Add a cell in the organisation tree on the left.</source>
        <translation>Chưa có chi bộ nào. Thêm chi bộ ở cây tổ chức bên trái.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="456" />
        <source>No meeting schedule for {year} yet. Click “Schedule the year” to create the 12-month schedule of every cell.</source>
        <translation>Chưa có lịch sinh hoạt năm {year}. Bấm «Lập lịch năm» để tạo lịch 12 tháng cho các chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="476" />
        <source>{cell}: meetings in {year}</source>
        <translation>{cell} — lịch sinh hoạt năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="494" />
        <source>No meeting schedule for {year} yet. Click “Schedule the year” to create the 12-month schedule.</source>
        <translation>Chưa có lịch sinh hoạt năm {year}. Bấm «Lập lịch năm» để tạo lịch 12 tháng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="520" />
        <source>not assigned yet (see “Plan…”)</source>
        <translation>chưa phân công (xem «Kế hoạch…»)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="523" />
        <source>Regular meeting on day {day} of each month. Assigned committee member: {liaison}.</source>
        <translation>Sinh hoạt thường kỳ vào ngày {day} hằng tháng. Đồng chí được phân công dự: {liaison}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="594" />
        <source>Schedule the year</source>
        <translation>Lập lịch năm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="596" />
        <source>Schedule the meetings of %n cell(s) for {year}?

Every month without a meeting gets a regular meeting on the plan's day, and each thematic topic of the plan gets its meeting. Meetings already on the calendar are kept. You can undo it (Ctrl+Z).</source>
        <translation>
            <numerusform>Lập lịch sinh hoạt năm {year} cho %n chi bộ?

Tháng nào chưa có buổi họp sẽ được thêm một buổi sinh hoạt thường kỳ vào ngày đã định trong kế hoạch; mỗi chuyên đề trong kế hoạch cũng được xếp lịch. Các buổi họp đã có trong lịch được giữ nguyên. Có thể hoàn tác (Ctrl+Z).</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="603" />
        <source>Schedule</source>
        <translation>Lập lịch</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="615" />
        <source>Every month of {year} already has its meetings; nothing was added.</source>
        <translation>Các tháng của năm {year} đều đã có lịch; không thêm buổi họp nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="674" />
        <source>Delete the {kind} meeting of {date} from the calendar of {cell}? You can undo it (Ctrl+Z).</source>
        <translation>Xóa buổi sinh hoạt {kind} ngày {date} khỏi lịch của {cell}? Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="679" />
        <source>Delete a meeting</source>
        <translation>Xóa buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="679" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>MemberAnnexTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="457" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="458" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="459" />
        <source>Year of
birth</source>
        <translation>Năm
sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="460" />
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="461" />
        <source>General
/{points}</source>
        <translation>Tiêu chí
chung
/{points}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="462" />
        <source>Tasks
/{points}</source>
        <translation>Nhiệm
vụ
/{points}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="463" />
        <source>Total
/100</source>
        <translation>Tổng
/100</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="464" />
        <source>Self-
assessed</source>
        <translation>Tự
xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="465" />
        <source>Cell's
proposal</source>
        <translation>Chi bộ
đề xuất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="466" />
        <source>Final
level</source>
        <translation>Cấp ủy
quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="467" />
        <source>HTXSNV
years</source>
        <translation>Số năm
HTXSNV</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="468" />
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="495" />
        <source>The self-assessment form: 2A, 2B or 2C</source>
        <translation>Mẫu bản tự kiểm điểm: 2A, 2B hoặc 2C</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="496" />
        <source>Score for the general criteria</source>
        <translation>Điểm nhóm tiêu chí chung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="497" />
        <source>Score for the results of tasks</source>
        <translation>Điểm kết quả thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="498" />
        <source>The level the cell proposes</source>
        <translation>Mức xếp loại chi bộ đề xuất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="499" />
        <source>The level decided by the committee</source>
        <translation>Mức xếp loại cấp ủy quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="500" />
        <source>Consecutive years rated {level}, up to this one</source>
        <translation>Số năm liền được xếp loại “{level}”, tính đến năm nay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="584" />
        <source>⚠ %n to correct</source>
        <translation>
            <numerusform>⚠ %n điều phải sửa</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="586" />
        <source>ⓘ %n to note</source>
        <translation>
            <numerusform>ⓘ %n lưu ý</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="589" />
        <source>Temporarily at {organisation}</source>
        <translation>Sinh hoạt tạm thời tại {organisation}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="592" />
        <source>Disciplined this year</source>
        <translation>Bị kỷ luật trong năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="599" />
        <source>Double-click the member to see what to correct</source>
        <translation>Nhấp đúp vào đảng viên để xem cần sửa gì</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="117" />
        <source>Add a member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="117" />
        <source>Member’s page</source>
        <translation>Hồ sơ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="129" />
        <source>&amp;1. Personal</source>
        <translation>&amp;1. Cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="130" />
        <source>&amp;2. Party</source>
        <translation>&amp;2. Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="131" />
        <source>&amp;3. Education</source>
        <translation>&amp;3. Trình độ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="149" />
        <source>Save the fields of the first three tabs</source>
        <translation>Lưu các thông tin ở ba thẻ đầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="172" />
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="181" />
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="183" />
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="189" />
        <source>Relig&amp;ion</source>
        <translation>Tôn giá&amp;o</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="190" />
        <source>Personal ID &amp;number</source>
        <translation>Số định danh &amp;cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="191" />
        <source>Ph&amp;one</source>
        <translation>Đ&amp;iện thoại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="194" />
        <source>e.g. xã Tân Lập, tỉnh Phú Thọ</source>
        <translation>ví dụ: xã Tân Lập, tỉnh Phú Thọ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="199" />
        <source>e.g. thôn Đông</source>
        <translation>ví dụ: thôn Đông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="200" />
        <source>Origin</source>
        <translation>Nơi sinh, quê quán</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="201" />
        <source>Birth registered &amp;at</source>
        <translation>Nơi đăng ký &amp;khai sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="202" />
        <source>&amp;Hometown</source>
        <translation>&amp;Quê quán</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="203" />
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="205" />
        <source>&amp;Province or city</source>
        <translation>Tỉnh, thành &amp;phố</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="206" />
        <source>&amp;Commune or ward</source>
        <translation>&amp;Xã, phường</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="209" />
        <source>&amp;Village, group, house no.</source>
        <translation>Thôn, tổ, &amp;số nhà</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="214" />
        <source>Since 1 July 2025 there are no districts: write the province and the commune or ward.</source>
        <translation>Từ ngày 01/07/2025 không còn cấp huyện: chỉ ghi tỉnh, thành phố và xã, phường.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="230" />
        <source>Membership</source>
        <translation>Vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="233" />
        <source>The date of the admission decision; Party seniority counts from it.</source>
        <translation>Là ngày ký quyết định kết nạp; tuổi Đảng tính từ ngày này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="235" />
        <source>Admission ce&amp;remony</source>
        <translation>Ngày lễ &amp;kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="239" />
        <source>&amp;Life-history number</source>
        <translation>Số &amp;lý lịch đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="244" />
        <source>8 or 12 digits</source>
        <translation>8 hoặc 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="260" />
        <source>Status dat&amp;e</source>
        <translation>Ngày đổi trạn&amp;g thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="268" />
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="353" />
        <source>Change the &amp;status…</source>
        <translation>Đổi t&amp;rạng thái…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="271" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="275" />
        <source>N&amp;otes</source>
        <translation>Ghi c&amp;hú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="286" />
        <source>e.g. Tiếng Anh B1</source>
        <translation>ví dụ: Tiếng Anh B1</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="288" />
        <source>e.g. Ứng dụng CNTT cơ bản</source>
        <translation>ví dụ: Ứng dụng CNTT cơ bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="289" />
        <source>Education and training</source>
        <translation>Trình độ học vấn, chuyên môn, lý luận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="290" />
        <source>&amp;General education</source>
        <translation>Giáo dục &amp;phổ thông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="292" />
        <source>&amp;Professional qualification</source>
        <translation>&amp;Chuyên môn, nghiệp vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="293" />
        <source>Political &amp;theory</source>
        <translation>&amp;Lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="294" />
        <source>&amp;Foreign language</source>
        <translation>&amp;Ngoại ngữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="295" />
        <source>&amp;Computer skills</source>
        <translation>&amp;Tin học</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="299" />
        <source>General education is written as grades completed / grades of the school system, e.g. 12/12 or 7/10.</source>
        <translation>Giáo dục phổ thông ghi theo dạng lớp đã học / hệ đào tạo, ví dụ 12/12 hoặc 7/10.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="307" />
        <source>&amp;4. Party posts</source>
        <translation>&amp;4. Chức vụ Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="308" />
        <source>&amp;5. Awards, discipline</source>
        <translation>&amp;5. Khen thưởng, kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="309" />
        <source>&amp;6. Badges</source>
        <translation>&amp;6. Huy hiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="310" />
        <source>&amp;7. Status</source>
        <translation>&amp;7. Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="314" />
        <source>Save the member first (the “Save” button), then open them again from the roster to add Party posts, awards and discipline, badges and status changes.</source>
        <translation>Lưu đảng viên trước (nút “Lưu”), rồi mở lại từ danh sách để thêm chức vụ Đảng, khen thưởng, kỷ luật, huy hiệu và thay đổi trạng thái.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="320" />
        <source>The timeline appears once the member is saved.</source>
        <translation>Quá trình sẽ hiện ra sau khi lưu đảng viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="321" />
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="361" />
        <source>&amp;8. Timeline</source>
        <translation>&amp;8. Quá trình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="328" />
        <source>No Party posts recorded yet.</source>
        <translation>Chưa ghi chức vụ Đảng nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="329" />
        <source>&amp;Add a post…</source>
        <translation>&amp;Thêm chức vụ…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="334" />
        <source>No awards or discipline recorded yet.</source>
        <translation>Chưa ghi khen thưởng, kỷ luật nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="336" />
        <source>Add an &amp;award…</source>
        <translation>Thêm &amp;khen thưởng…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="338" />
        <source>Add a d&amp;iscipline…</source>
        <translation>Thêm kỷ &amp;luật…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="346" />
        <source>No Party badges recorded yet.</source>
        <translation>Chưa ghi huy hiệu Đảng nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="347" />
        <source>&amp;Add a badge…</source>
        <translation>&amp;Thêm huy hiệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="352" />
        <source>No change of status recorded: the member has been active throughout.</source>
        <translation>Chưa có lần thay đổi trạng thái nào: đảng viên sinh hoạt bình thường từ khi vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="497" />
        <source>New member</source>
        <translation>Đảng viên mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="498" />
        <source>Fields marked * are required.</source>
        <translation>Các mục có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="504" />
        <source>{status} since {date}</source>
        <translation>{status} từ ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="522" />
        <source>Probationary until {date}.</source>
        <translation>Dự bị đến ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="525" />
        <source>The probation is over: the cell should consider recognising the member as official, then enter the official date.</source>
        <translation>Đã hết thời gian dự bị: chi bộ cần xét công nhận đảng viên chính thức, rồi nhập ngày chính thức.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="608" />
        <source>Delete an entry</source>
        <translation>Xóa một mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="610" />
        <source>Delete this entry from the file of {name}?

{entry}

It can be undone after closing this page (Edit ▸ Undo, Ctrl+Z).</source>
        <translation>Xóa mục này khỏi hồ sơ của {name}?

{entry}

Có thể hoàn tác sau khi đóng trang này (Sửa ▸ Hoàn tác, Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="613" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="184" />
        <source>&amp;Full name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="185" />
        <source>O&amp;ther name</source>
        <translation>Tên &amp;gọi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="186" />
        <source>&amp;Gender</source>
        <translation>Giới &amp;tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="187" />
        <source>Date of &amp;birth *</source>
        <translation>&amp;Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="188" />
        <source>&amp;Ethnicity</source>
        <translation>&amp;Dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="231" />
        <source>&amp;Cell *</source>
        <translation>&amp;Chi bộ *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="232" />
        <source>&amp;Admission date *</source>
        <translation>Ngày &amp;vào Đảng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="236" />
        <source>O&amp;fficial date</source>
        <translation>Ngày chính &amp;thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="247" />
        <source>e.g. Tỉnh ủy Phú Thọ</source>
        <translation>ví dụ: Tỉnh ủy Phú Thọ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="248" />
        <source>Party card details</source>
        <translation>Thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="249" />
        <source>Party card n&amp;umber</source>
        <translation>&amp;Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="250" />
        <source>Issued o&amp;n</source>
        <translation>Ngày cấ&amp;p thẻ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="251" />
        <source>Issued b&amp;y</source>
        <translation>&amp;Nơi cấp thẻ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="253" />
        <source>Activity</source>
        <translation>Sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="259" />
        <source>&amp;Status</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="147" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="150" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MemberEvaluationDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="214" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="217" />
        <source>Save and &amp;next member</source>
        <translation>Lưu và sang đảng viên &amp;tiếp theo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="220" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="220" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="250" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá, xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="260" />
        <source>— not assessed yet —</source>
        <translation>— chưa tự xếp loại —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="261" />
        <source>&amp;Form</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="265" />
        <source>&amp;General criteria (0–{points})</source>
        <translation>Nhóm tiêu chí &amp;chung (0–{points})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="269" />
        <source>Results of &amp;tasks (0–{points})</source>
        <translation>Kết quả thực &amp;hiện nhiệm vụ (0–{points})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="272" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="274" />
        <source>{level} {low}–{high}</source>
        <translation>{level} {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="277" />
        <source>Points: {bands}.</source>
        <translation>Thang điểm: {bands}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="283" />
        <source>The rules of {year} ({profile}) have no 100-point scale: only the levels are recorded.</source>
        <translation>Quy định áp dụng cho năm {year} ({profile}) không chấm điểm theo thang 100: chỉ ghi mức xếp loại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="288" />
        <source>Self-assessed &amp;level</source>
        <translation>Mức &amp;tự xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="293" />
        <source>Tasks of the year and conditions</source>
        <translation>Nhiệm vụ trong năm và các điều kiện</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="300" />
        <source>Last year's shortcomings were remedied</source>
        <translation>Đã khắc phục hạn chế, khuyết điểm của năm trước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="302" />
        <source>A competent body concluded ideological, ethical or lifestyle degradation</source>
        <translation>Có kết luận của cấp có thẩm quyền về suy thoái tư tưởng chính trị, đạo đức, lối sống</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="304" />
        <source>Violated what Party members must not do</source>
        <translation>Vi phạm những điều đảng viên không được làm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="309" />
        <source>Tasks &amp;behind schedule</source>
        <translation>Nhiệm vụ chậm t&amp;iến độ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="311" />
        <source>Tasks done &amp;above the requirement</source>
        <translation>Nhiệm vụ &amp;vượt yêu cầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="312" />
        <source>Tasks &amp;not done</source>
        <translation>Nhiệm vụ &amp;không hoàn thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="316" />
        <source>Long &amp;leave</source>
        <translation>&amp;Nghỉ dài ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="319" />
        <source>A member on long leave is classified on the work actually done.</source>
        <translation>Đảng viên nghỉ dài ngày được xếp loại theo thời gian, công việc thực tế đã làm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="324" />
        <source>Comments from elsewhere</source>
        <translation>Nhận xét từ nơi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="329" />
        <source>Comment of the &amp;host cell</source>
        <translation>Nhận xét của chi bộ nơi &amp;sinh hoạt tạm thời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="332" />
        <source>Comment of the residence &amp;area (213)</source>
        <translation>Nhận xét của nơi cư t&amp;rú (213)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="339" />
        <source>Awards and discipline in the year</source>
        <translation>Khen thưởng, kỷ luật trong năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="347" />
        <source>e.g. The committee keeps the level: the discipline was not about duties</source>
        <translation>ví dụ: Cấp ủy giữ mức xếp loại vì vi phạm không liên quan đến thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="349" />
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="350" />
        <source>Disciplines</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="351" />
        <source>&amp;Decision on the discipline</source>
        <translation>Xem xét &amp;kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="356" />
        <source>The cell's proposal and the committee's decision</source>
        <translation>Chi bộ đề xuất và cấp ủy quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="358" />
        <source>— not proposed yet —</source>
        <translation>— chưa đề xuất —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="359" />
        <source>— not decided yet —</source>
        <translation>— chưa quyết định —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="361" />
        <source>Level the cell &amp;proposes</source>
        <translation>Mức chi bộ đề &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="362" />
        <source>&amp;Final level (committee)</source>
        <translation>Mức cấp ủy &amp;quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="363" />
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="394" />
        <source>Evaluation {year}: {name}</source>
        <translation>Đánh giá, xếp loại năm {year}: {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="399" />
        <source>Born {born}; {cell}; review of {year}.</source>
        <translation>Sinh năm {born}; {cell}; đánh giá năm {year}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="430" />
        <source>Copied from the commune's 213 list; check it before saving.</source>
        <translation>Lấy từ danh sách 213 của xã; hãy kiểm tra trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="438" />
        <source>Comment of the &amp;host organisation ({organisation})</source>
        <translation>Nhận xét của nơi &amp;sinh hoạt tạm thời ({organisation})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="446" />
        <source>None recorded</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="494" />
        <source>, decision {number}</source>
        <translation>, quyết định số {number}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="496" />
        <source>{date}: {what}{number}</source>
        <translation>{date}: {what}{number}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="547" />
        <source>— (enter both scores)</source>
        <translation>— (nhập đủ hai phần điểm)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="554" />
        <source>{total} points: “{band}” ({low}–{high} points)</source>
        <translation>{total} điểm: “{band}” (từ {low} đến {high} điểm)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="562" />
        <source>Not reviewed this year: nothing to enter.</source>
        <translation>Không đánh giá năm nay: không cần nhập gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="564" />
        <source>To correct before the year is closed: {count}.</source>
        <translation>Phải sửa trước khi khóa sổ: {count}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="569" />
        <source>Nothing to correct; notes: {count}.</source>
        <translation>Không còn gì phải sửa; có {count} lưu ý.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_evaluation_dialog.py" line="572" />
        <source>Nothing to correct.</source>
        <translation>Không có gì phải sửa.</translation>
    </message>
</context>
<context>
    <name>MemberRecordTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="94" />
        <source>Post</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="95" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="96" />
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="174" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="97" />
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="98" />
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="131" />
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="158" />
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="175" />
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="101" />
        <source>still holds it</source>
        <translation>đang giữ chức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="127" />
        <source>Kind of entry</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="128" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="129" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="130" />
        <source>Form of discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="132" />
        <source>Decided by</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="156" />
        <source>Badge</source>
        <translation>Huy hiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="157" />
        <source>Awarded on</source>
        <translation>Ngày tặng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="173" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/member_record_table_models.py" line="176" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/member_timeline.py" line="30" />
        <source>Nothing recorded yet.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/message_box.py" line="15" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/message_box.py" line="16" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/message_box.py" line="40" />
        <source>“{text}” is not a date; write it as dd/mm/yyyy.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/2026.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="32" />
        <source>Chi bộ Desktop</source>
        <translation>Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="33" />
        <source>Something went wrong and nothing was changed. Details: {error}</source>
        <translation>Đã xảy ra lỗi và chưa có gì bị thay đổi. Chi tiết: {error}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="36" />
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="39" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="40" />
        <source>Sign-in name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="41" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="42" />
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="43" />
        <source>Other name</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="44" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="45" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="46" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="47" />
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="48" />
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="49" />
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="50" />
        <source>Admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="51" />
        <source>Official date</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="52" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="53" />
        <source>Status date</source>
        <translation>Ngày đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="54" />
        <location filename="../../chibo_desktop/ui/messages.py" line="660" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="55" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="56" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="57" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="58" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="59" />
        <source>Type of cell</source>
        <translation>Loại hình chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="60" />
        <source>Belongs to</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="61" />
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="62" />
        <source>Dissolved on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="63" />
        <source>Office name</source>
        <translation>Tên văn phòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="64" />
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="65" />
        <source>Party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="67" />
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="68" />
        <source>Name of the incoming member</source>
        <translation>Họ tên đảng viên chuyển đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="69" />
        <source>From cell</source>
        <translation>Chi bộ chuyển đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="70" />
        <source>To cell</source>
        <translation>Chi bộ chuyển đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="71" />
        <source>Other Party organisation</source>
        <translation>Tổ chức đảng nơi đi/nơi đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="72" />
        <source>Moved on</source>
        <translation>Ngày chuyển nơi ở/công tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="73" />
        <source>Letter presented on</source>
        <translation>Ngày nộp giấy giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="74" />
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="75" />
        <source>Returned on</source>
        <translation>Ngày trở về</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="76" />
        <source>Workplace and cell</source>
        <translation>Nơi công tác và chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="77" />
        <source>Left on</source>
        <translation>Ngày thôi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="78" />
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="79" />
        <source>Correction text</source>
        <translation>Nội dung đính chính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="80" />
        <source>Written on</source>
        <translation>Ngày nhận xét</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="81" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="82" />
        <source>Awareness course certificate</source>
        <translation>Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="83" />
        <source>Application date</source>
        <translation>Ngày làm đơn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="84" />
        <source>Introducers</source>
        <translation>Người giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="85" />
        <source>Cell vote date</source>
        <translation>Ngày chi bộ biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="86" />
        <source>Votes in favour</source>
        <translation>Số phiếu tán thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="87" />
        <source>Admission decision date</source>
        <translation>Ngày quyết định kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="88" />
        <source>Ceremony date</source>
        <translation>Ngày tổ chức lễ kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="89" />
        <source>Number of members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="90" />
        <source>Number of cells</source>
        <translation>Số chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="91" />
        <source>Number of years</source>
        <translation>Số năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="93" />
        <source>Admission ceremony date</source>
        <translation>Ngày lễ kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="94" />
        <source>Card issue date</source>
        <translation>Ngày cấp thẻ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="95" />
        <source>Card issued at</source>
        <translation>Nơi cấp thẻ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="96" />
        <source>Life-history number</source>
        <translation>Số lý lịch đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="97" />
        <source>Place of birth registration</source>
        <translation>Nơi đăng ký khai sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="98" />
        <source>Hometown</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="99" />
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="100" />
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="101" />
        <source>Village, group, house number</source>
        <translation>Thôn, tổ, số nhà</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="102" />
        <source>General education</source>
        <translation>Giáo dục phổ thông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="103" />
        <source>Professional qualification</source>
        <translation>Chuyên môn, nghiệp vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="104" />
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="105" />
        <source>Foreign language</source>
        <translation>Ngoại ngữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="106" />
        <source>Computer skills</source>
        <translation>Tin học</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="107" />
        <source>Post</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="108" />
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="109" />
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="110" />
        <location filename="../../chibo_desktop/ui/messages.py" line="111" />
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="112" />
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="113" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="114" />
        <source>Form of discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="115" />
        <source>Decided by</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="116" />
        <source>Date awarded</source>
        <translation>Ngày được tặng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="117" />
        <source>Effective date</source>
        <translation>Ngày có hiệu lực</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="118" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="120" />
        <source>Review date</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="121" />
        <source>Your name</source>
        <translation>Họ tên người thực hiện</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="122" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="123" />
        <source>Self-assessment form</source>
        <translation>Mẫu bản tự kiểm điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="124" />
        <source>Score for the general criteria</source>
        <translation>Điểm nhóm tiêu chí chung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="125" />
        <source>Score for the results of tasks</source>
        <translation>Điểm kết quả thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="126" />
        <source>Self-assessed level</source>
        <translation>Mức tự xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="127" />
        <source>Level the cell proposes</source>
        <translation>Mức chi bộ đề xuất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="128" />
        <source>Final level</source>
        <translation>Mức cấp ủy quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="129" />
        <source>Tasks behind schedule (%)</source>
        <translation>Nhiệm vụ chậm tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="130" />
        <source>Tasks done above the requirement (%)</source>
        <translation>Nhiệm vụ vượt yêu cầu (%)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="131" />
        <source>Tasks not done (%)</source>
        <translation>Nhiệm vụ không hoàn thành (%)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="132" />
        <source>Comment of the residence area (213)</source>
        <translation>Nhận xét của nơi cư trú (213)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="133" />
        <source>Comment of the host organisation</source>
        <translation>Nhận xét của nơi sinh hoạt tạm thời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="134" />
        <source>Decision on the discipline</source>
        <translation>Xem xét kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="135" />
        <source>Decision allowing a higher cap</source>
        <translation>Quyết định cho phép vượt tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="136" />
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="140" />
        <source>{field}: this field is required; please fill it in.</source>
        <translation>{field}: bắt buộc phải nhập; xin điền vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="143" />
        <source>{field}: too long (at most {max} characters); please shorten it.</source>
        <translation>{field}: quá dài (tối đa {max} ký tự); xin rút gọn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="146" />
        <source>{field}: write the family name and the given name (e.g. Nguyễn Văn An).</source>
        <translation>{field}: cần ghi đủ họ và tên (ví dụ: Nguyễn Văn An).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="149" />
        <source>{field}: another account already has this name; choose another.</source>
        <translation>{field}: đã có tài khoản mang tên này; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="152" />
        <source>{field}: at least {min} characters, so that it cannot easily be guessed.</source>
        <translation>{field}: cần ít nhất {min} ký tự để người khác không dễ đoán ra.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="155" />
        <source>{field}: not right; please type it again.</source>
        <translation>{field}: không đúng; hãy gõ lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="156" />
        <source>{field}: “{value}” must contain digits only; please check it.</source>
        <translation>{field}: “{value}” chỉ được gồm chữ số; xin kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="159" />
        <source>{field}: must have {expected} digits, but {actual} were entered.</source>
        <translation>{field}: phải có {expected} chữ số, nhưng đã nhập {actual} chữ số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="162" />
        <source>{field}: “{value}” is not a phone number (9 to 12 digits).</source>
        <translation>{field}: “{value}” không phải là số điện thoại (từ 9 đến 12 chữ số).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="165" />
        <source>{field}: {date} is in the future; please check the year.</source>
        <translation>{field}: ngày {date} là ngày trong tương lai; xin kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="168" />
        <source>{field}: {date} is before 1900; please check the year.</source>
        <translation>{field}: ngày {date} trước năm 1900; xin kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="171" />
        <source>{field}: the member would have been {age} years old when admitted; please check the date of birth and the admission date.</source>
        <translation>{field}: theo các ngày đã nhập, đảng viên mới {age} tuổi khi vào Đảng; xin kiểm tra lại ngày sinh và ngày vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="176" />
        <source>{field}: a member with an official date must have an admission date.</source>
        <translation>{field}: đảng viên đã có ngày chính thức thì phải có ngày vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="179" />
        <location filename="../../chibo_desktop/ui/messages.py" line="261" />
        <source>{field}: cannot be before the admission date ({admission}).</source>
        <translation>{field}: không được trước ngày vào Đảng ({admission}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="182" />
        <source>{field}: enter the date the status “{status}” took effect.</source>
        <translation>{field}: xin nhập ngày bắt đầu trạng thái “{status}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="185" />
        <source>{field}: “{unit}” is not a cell; members belong to a cell.</source>
        <translation>{field}: “{unit}” không phải là chi bộ; đảng viên phải sinh hoạt ở một chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="188" />
        <source>{field}: “{unit}” was dissolved on {on}; choose another cell.</source>
        <translation>{field}: “{unit}” đã giải thể ngày {on}; xin chọn chi bộ khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="191" />
        <source>{field}: {value} is already recorded for {other}; please check it.</source>
        <translation>{field}: số {value} đã được ghi cho đảng viên {other}; xin kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="194" />
        <source>{field}: “{value}” may contain only Latin letters, digits, “-”, “_” and “.”.</source>
        <translation>{field}: “{value}” chỉ được gồm chữ cái không dấu, chữ số, “-”, “_” và “.”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="198" />
        <source>{field}: {value} is already used by another unit; choose another code.</source>
        <translation>{field}: mã {value} đã được dùng cho đơn vị khác; xin chọn mã khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="201" />
        <source>{field}: “{parent}” is a cell and cannot contain other units.</source>
        <translation>{field}: “{parent}” là chi bộ, không thể có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="204" />
        <source>{field}: cannot be before the founding date.</source>
        <translation>{field}: không được trước ngày thành lập.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="207" />
        <source>{field}: must be between {min} and {max}.</source>
        <translation>{field}: phải nằm trong khoảng từ {min} đến {max}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="208" />
        <source>{field}: cannot be before {start}.</source>
        <translation>{field}: không được trước ngày {start}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="209" />
        <source>{field}: a decision on the level of {year} cannot be dated before {year}; please check the date.</source>
        <translation>{field}: quyết định xếp loại năm {year} không thể mang ngày trước năm {year}; vui lòng kiểm tra lại ngày.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="214" />
        <source>{field}: choose a cell other than the current one.</source>
        <translation>{field}: hãy chọn chi bộ khác với chi bộ hiện tại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="217" />
        <source>{field}: an official transfer has no end date (only temporary ones do).</source>
        <translation>{field}: chuyển sinh hoạt chính thức không có ngày kết thúc (chỉ chuyển tạm thời mới có).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="220" />
        <source>{field}: a temporary transfer lasts from {min} months to under {max} months; this one is {months} months.</source>
        <translation>{field}: chuyển sinh hoạt tạm thời từ {min} tháng đến dưới {max} tháng; trường hợp này là {months} tháng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="225" />
        <source>{field}: the candidate was {years} years {months} months old at the cell's vote; the rule is from 18 to 60 years.</source>
        <translation>{field}: khi chi bộ xét, người vào Đảng {years} tuổi {months} tháng; quy định là từ đủ 18 đến đủ 60 tuổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="230" />
        <source>{field}: the certificate expired on {expired} (valid 60 months); the candidate must attend the course again.</source>
        <translation>{field}: giấy chứng nhận đã hết hạn ngày {expired} (giá trị 60 tháng); người vào Đảng phải học lại lớp bồi dưỡng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="235" />
        <source>{field}: {needed} official members must introduce the candidate.</source>
        <translation>{field}: cần {needed} đảng viên chính thức giới thiệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="238" />
        <source>{field}: {for} of {total} official members approved; at least two thirds are needed.</source>
        <translation>{field}: {for}/{total} đảng viên chính thức tán thành; cần ít nhất hai phần ba.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="242" />
        <source>{field}: more votes than official members; please check.</source>
        <translation>{field}: số phiếu nhiều hơn số đảng viên chính thức; xin kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="245" />
        <source>{field}: the 213 list is kept by residential cells only.</source>
        <translation>{field}: danh sách theo Quy định 213 chỉ do chi bộ khu dân cư quản lý.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="248" />
        <source>{field}: there is already a comment for {year}; edit that one.</source>
        <translation>{field}: đã có nhận xét năm {year}; hãy sửa nhận xét đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="251" />
        <source>{field}: “{value}” is not a date; write it as dd/mm/yyyy, e.g. 05/02/1975.</source>
        <translation>{field}: “{value}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/1975.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="254" />
        <source>{field}: cannot be before the start date.</source>
        <translation>{field}: không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="257" />
        <source>{field}: there is no {years}-year badge; badges are for 30, 40, 45, 50 … 90 years.</source>
        <translation>{field}: không có Huy hiệu {years} năm tuổi Đảng; chỉ có huy hiệu 30, 40, 45, 50 … 90 năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="264" />
        <source>{field}: the 12-month probation ends on {end}; it cannot be earlier.</source>
        <translation>{field}: thời gian dự bị 12 tháng kết thúc ngày {end}; ngày chính thức không được sớm hơn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="267" />
        <source>{field}: the card cannot be issued before the admission date ({admission}).</source>
        <translation>{field}: không thể cấp thẻ trước ngày vào Đảng ({admission}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="271" />
        <source>{field}: “{value}” is not a full date; write the day, month and year as dd/mm/yyyy, e.g. 05/02/1975.</source>
        <translation>{field}: “{value}” chưa đủ ngày, tháng, năm; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/1975.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="276" />
        <source>{field}: “{value}” was stored by Excel as a number and lost its leading zeros (probably {suggested}); format the column as Text and type the number again.</source>
        <translation>{field}: “{value}” bị Excel lưu dạng số nên mất các chữ số 0 ở đầu (có lẽ là {suggested}); hãy định dạng cột là Văn bản (Text) rồi nhập lại số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="281" />
        <source>{field}: “{value}” is a long number shown by Excel in scientific notation, with digits lost; format the column as Text and type the number again.</source>
        <translation>{field}: “{value}” là số dài bị Excel viết dạng lũy thừa nên đã mất chữ số; hãy định dạng cột là Văn bản (Text) rồi nhập lại số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="286" />
        <source>{field}: “{value}” is neither “Nam” nor “Nữ”.</source>
        <translation>{field}: “{value}” không phải là “Nam” hay “Nữ”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="287" />
        <source>{field}: “{value}” is not Sơ cấp, Trung cấp, Cao cấp or Cử nhân (leave it empty when not trained).</source>
        <translation>{field}: “{value}” không phải là Sơ cấp, Trung cấp, Cao cấp hay Cử nhân (để trống nếu chưa qua đào tạo).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="292" />
        <source>{field}: there is no cell named “{cell}”; create it or correct the name.</source>
        <translation>{field}: không có chi bộ nào tên “{cell}”; hãy tạo chi bộ đó hoặc sửa lại tên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="295" />
        <source>{field}: {value} is already on the roster, for {other} ({unit}).</source>
        <translation>{field}: {value} đã có trong danh sách, của đảng viên {other} ({unit}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="298" />
        <source>{field}: {other}, born {birth}, is already on the roster ({unit}).</source>
        <translation>{field}: đảng viên {other}, sinh ngày {birth}, đã có trong danh sách ({unit}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="301" />
        <source>{field}: {value} is also on row {row} of this file.</source>
        <translation>{field}: {value} đã có ở dòng {row} của tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="304" />
        <source>{field}: the same name and date of birth are on row {row} of this file.</source>
        <translation>{field}: họ tên và ngày sinh trùng với dòng {row} của tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="308" />
        <source>{field}: give from 0 to {maximum} points.</source>
        <translation>{field}: cho điểm từ 0 đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="309" />
        <source>{field}: the rules of {year} have no 100-point scale; leave it empty.</source>
        <translation>{field}: quy định áp dụng cho năm {year} không chấm điểm theo thang 100; hãy để trống.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="312" />
        <source>{field}: write a percentage from 0 to 100.</source>
        <translation>{field}: hãy ghi tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="313" />
        <source>{field}: the review date must be in {year}.</source>
        <translation>{field}: ngày đánh giá phải trong năm {year}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="319" />
        <source>This meeting has already been held and its minutes are started, so it cannot be moved or deleted. Open its minutes (“Minutes…”) to see or correct them.</source>
        <translation>Buổi họp này đã diễn ra và đã có biên bản nên không đổi ngày hay xóa được. Bấm «Biên bản…» để xem hoặc sửa biên bản.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="324" />
        <source>These minutes are finalised and can no longer be edited; add a dated annex instead.</source>
        <translation>Biên bản đã hoàn tất, không sửa được nữa; hãy thêm phụ lục đính chính có ghi ngày.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="328" />
        <source>Finalise the minutes first.</source>
        <translation>Hãy hoàn tất biên bản trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="329" />
        <source>The meeting has not been held yet; there are no minutes to finalise.</source>
        <translation>Buổi họp chưa diễn ra; chưa có biên bản để hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="332" />
        <source>Minutes are adopted at a later meeting of the same cell.</source>
        <translation>Biên bản được thông qua tại một buổi họp sau của cùng chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="335" />
        <source>{file} is larger than {limit_mb} MB; scan it again at a lower resolution.</source>
        <translation>{file} lớn hơn {limit_mb} MB; hãy quét lại với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="339" />
        <source>{file} is not a PDF, PNG or JPEG file; attach the scan itself.</source>
        <translation>{file} không phải tệp PDF, PNG hay JPEG; hãy đính kèm chính bản quét.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="342" />
        <source>{file} is not a PDF, PNG or JPEG scan, so it is not opened: a file of another kind could start a program. Ask whoever attached it to attach the scan itself.</source>
        <translation>{file} không phải là bản scan dạng PDF, PNG hay JPEG nên chương trình không mở: tệp loại khác có thể tự chạy một chương trình. Hãy đề nghị người đã đính kèm đính kèm lại chính bản scan.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="347" />
        <source>The stored copy of {file} is damaged; attach the scan again from the paper.</source>
        <translation>Bản lưu của {file} bị hỏng; hãy quét lại từ bản giấy và đính kèm lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="351" />
        <source>{file} could not be read: {detail}</source>
        <translation>Không đọc được {file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="352" />
        <source>{file} was not found (moved, or the USB stick was removed); choose it again.</source>
        <translation>Không tìm thấy {file} (tệp đã bị chuyển đi hoặc USB đã rút ra); hãy chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="355" />
        <source>{path}: only .pdf and .docx files can be written.</source>
        <translation>{path}: chỉ ghi được tệp .pdf và .docx.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="358" />
        <source>No one is signed in: sign in with your account to make changes (on the command line: --user NAME before the command).</source>
        <translation>Chưa có ai đăng nhập: hãy đăng nhập bằng tài khoản của mình để sửa dữ liệu (ở dòng lệnh: thêm --user TÊN trước lệnh).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="363" />
        <source>Your account may read and print, not make changes. Ask the administrator if you need to change the data.</source>
        <translation>Tài khoản của bạn chỉ được xem và in, không được sửa. Nếu cần sửa dữ liệu, hãy nhờ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="368" />
        <source>Only an administrator may do this (accounts, the office's keys and partners, restoring a backup). Ask the administrator.</source>
        <translation>Chỉ quản trị viên được làm việc này (tài khoản, khóa và các cơ quan trao đổi dữ liệu, khôi phục bản sao lưu). Hãy nhờ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="373" />
        <source>The first administrator has been set up already: sign in with that account.</source>
        <translation>Quản trị viên đầu tiên đã được tạo: hãy đăng nhập bằng tài khoản đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="376" />
        <source>There is no account “{login}”. Check the sign-in name.</source>
        <translation>Không có tài khoản “{login}”. Hãy kiểm tra lại tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="379" />
        <source>This account no longer exists; close the window and open it again.</source>
        <translation>Tài khoản này không còn nữa; hãy đóng cửa sổ rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="382" />
        <source>The password is wrong. {left} more tries, then the account is locked for 15 minutes.</source>
        <translation>Mật khẩu không đúng. Còn {left} lần thử, sau đó tài khoản bị khóa 15 phút.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="386" />
        <source>Too many wrong passwords: the account is locked until {until}. Try again then, or ask the administrator to set a new password.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khóa đến {until}. Hãy thử lại sau thời điểm đó, hoặc nhờ quản trị viên đặt mật khẩu mới.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="391" />
        <source>The account “{login}” has been stopped by the administrator.</source>
        <translation>Tài khoản “{login}” đã bị quản trị viên ngừng sử dụng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="394" />
        <source>At least one administrator who can sign in must remain: make another account an administrator first.</source>
        <translation>Phải luôn còn ít nhất một quản trị viên đăng nhập được: hãy cho một tài khoản khác làm quản trị viên trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="399" />
        <source>This belongs to a commune's data, which arrived in its package: at the upper level it can be read, not changed or added to. Changes are made at the commune and sent up again.</source>
        <translation>Đây là dữ liệu của một xã, đến cùng gói dữ liệu của xã: ở cấp trên chỉ xem, không sửa và không thêm vào được. Việc sửa, thêm thực hiện ở xã rồi gửi lên lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="405" />
        <source>This record was changed by another action in the meantime; nothing was saved. Please open it again.</source>
        <translation>Hồ sơ này vừa được thay đổi bởi thao tác khác; chưa có gì được lưu. Xin mở lại hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="410" />
        <source>This member no longer exists (perhaps deleted); nothing was changed.</source>
        <translation>Đảng viên này không còn trong danh sách (có thể đã bị xóa); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="413" />
        <source>This unit no longer exists; nothing was changed.</source>
        <translation>Đơn vị này không còn; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="416" />
        <source>“{unit}” was already dissolved on {on}.</source>
        <translation>“{unit}” đã giải thể từ ngày {on}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="419" />
        <source>“{unit}” still has {count} members. Move them to another cell first, then dissolve it.</source>
        <translation>“{unit}” vẫn còn {count} đảng viên. Hãy chuyển họ sang chi bộ khác trước, rồi mới giải thể.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="423" />
        <source>“{unit}” still contains units that are not dissolved: {children}.</source>
        <translation>“{unit}” vẫn còn đơn vị trực thuộc chưa giải thể: {children}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="426" />
        <source>Only an incoming transfer can be received.</source>
        <translation>Chỉ tiếp nhận được trường hợp chuyển đến.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="429" />
        <source>Members of “{unit}” can only be moved to another open cell, not to “{target}”.</source>
        <translation>Đảng viên của “{unit}” chỉ có thể chuyển sang một chi bộ khác đang hoạt động, không phải “{target}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="432" />
        <source>{name} has already been admitted.</source>
        <translation>{name} đã được kết nạp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="435" />
        <source>{name} has not been admitted yet; record the admission decision first.</source>
        <translation>{name} chưa được kết nạp; hãy ghi quyết định kết nạp trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="438" />
        <source>{name} is already an official member.</source>
        <translation>{name} đã là đảng viên chính thức.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="441" />
        <source>This database is already set up; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="444" />
        <source>This entry no longer exists (perhaps deleted or undone); nothing was changed.</source>
        <translation>Mục này không còn (có thể đã bị xóa hoặc hoàn tác); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="447" />
        <source>The roster changed after the preview was made; nothing was imported. Please check the file again.</source>
        <translation>Danh sách đảng viên đã thay đổi sau khi xem trước; chưa nhập gì. Xin kiểm tra lại tệp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="452" />
        <source>{count} required columns were not found; nothing was imported.</source>
        <translation>Không tìm thấy {count} cột bắt buộc; chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="455" />
        <source>{count} rows have problems; nothing was imported. Correct them, or choose to import only the good rows.</source>
        <translation>Có {count} dòng có vấn đề; chưa nhập gì. Hãy sửa các dòng đó, hoặc chọn chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="460" />
        <source>There are no good rows to import; nothing was imported.</source>
        <translation>Không có dòng hợp lệ nào để nhập; chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="463" />
        <source>The review of {year} has not been opened yet; open the year first (tab “Evaluation and classification”).</source>
        <translation>Đợt đánh giá năm {year} chưa được mở; hãy mở đợt đánh giá trước (thẻ “Đánh giá, xếp loại”).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="468" />
        <source>The review of {year} is closed and can only be read; reopen it, giving a reason, to change something.</source>
        <translation>Đợt đánh giá năm {year} đã khóa sổ, chỉ xem được; muốn sửa, hãy mở lại và ghi rõ lý do.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="473" />
        <source>The review of {year} is not closed, so there is nothing to reopen.</source>
        <translation>Đợt đánh giá năm {year} chưa khóa sổ nên không cần mở lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="476" />
        <source>This member already has an evaluation for the year; open it to change it. Nothing was saved.</source>
        <translation>Đảng viên này đã có kết quả đánh giá của năm; hãy mở kết quả đó để sửa. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="481" />
        <source>This organisation already has a level for the year; open it to change it. Nothing was saved.</source>
        <translation>Tổ chức đảng này đã có kết quả xếp loại của năm; hãy mở kết quả đó để sửa. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="486" />
        <source>This unit does not belong to a commune Party organisation.</source>
        <translation>Đơn vị này không thuộc đảng bộ xã, phường nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="489" />
        <source>The upper level decided this organisation's level ({reference} of {on}); it cannot be set otherwise here. Nothing was saved.</source>
        <translation>Cấp trên đã quyết định xếp loại tổ chức này ({reference} ngày {on}); ở đây không ghi khác được. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="494" />
        <source>Only the upper level records its decisions on a commune's level.</source>
        <translation>Chỉ cấp trên mới ghi quyết định xếp loại của mình đối với xã.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="497" />
        <source>The year cannot be closed yet: {count} things must be corrected first (see “Check…”).</source>
        <translation>Chưa khóa sổ được: còn {count} việc phải sửa trước (xem “Kiểm tra…”).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="504" />
        <source>The database file is damaged: {detail}. Restore the newest backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: {detail}. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="507" />
        <source>Table {table}, row {rowid}: refers to a missing record in {parent}.</source>
        <translation>Bảng {table}, dòng {rowid}: tham chiếu tới bản ghi không tồn tại trong bảng {parent}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="510" />
        <source>This database has not been set up (no office is recorded).</source>
        <translation>Cơ sở dữ liệu này chưa được thiết lập (chưa có thông tin văn phòng).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="513" />
        <source>Table {table}: {count} records have no version stamp (written outside the program).</source>
        <translation>Bảng {table}: {count} bản ghi không có dấu phiên bản (đã bị ghi từ ngoài chương trình).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="517" />
        <source>Table {table}: {count} history entries are newer than their record.</source>
        <translation>Bảng {table}: {count} mục lịch sử mới hơn bản ghi hiện tại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="520" />
        <source>{count} members are attached to a unit that is not a cell.</source>
        <translation>Có {count} đảng viên đang gắn với đơn vị không phải là chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="523" />
        <source>{count} members have a status that differs from their newest status change.</source>
        <translation>Có {count} đảng viên có trạng thái khác với lần thay đổi trạng thái gần nhất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="526" />
        <source>The name search index does not match the members ({detail}).</source>
        <translation>Chỉ mục tìm kiếm họ tên không khớp với danh sách đảng viên ({detail}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="529" />
        <source>{count} members have search/sort keys that do not match their names.</source>
        <translation>Có {count} đảng viên có khóa tìm kiếm/sắp xếp không khớp với họ tên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="535" />
        <source>add member {subject}</source>
        <translation>thêm đảng viên {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="536" />
        <source>edit member {subject}</source>
        <translation>sửa đảng viên {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="537" />
        <source>delete member {subject}</source>
        <translation>xóa đảng viên {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="538" />
        <source>create unit {subject}</source>
        <translation>thêm đơn vị {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="539" />
        <source>rename unit {subject}</source>
        <translation>đổi tên đơn vị {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="540" />
        <source>dissolve unit {subject}</source>
        <translation>giải thể đơn vị {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="541" />
        <source>record a transfer of {subject}</source>
        <translation>ghi chuyển sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="542" />
        <source>edit a transfer of {subject}</source>
        <translation>sửa chuyển sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="543" />
        <source>receive {subject}</source>
        <translation>tiếp nhận {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="544" />
        <source>dissolve {subject} and move its members</source>
        <translation>giải thể {subject} và chuyển đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="545" />
        <source>add {subject} to the 213 list</source>
        <translation>thêm {subject} vào danh sách 213</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="546" />
        <source>edit {subject} in the 213 list</source>
        <translation>sửa {subject} trong danh sách 213</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="547" />
        <source>comment on {subject}</source>
        <translation>nhận xét {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="548" />
        <source>edit the comment on {subject}</source>
        <translation>sửa nhận xét {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="549" />
        <source>add candidate {subject}</source>
        <translation>thêm quần chúng {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="550" />
        <source>edit candidate {subject}</source>
        <translation>sửa quần chúng {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="551" />
        <source>admit {subject}</source>
        <translation>kết nạp {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="552" />
        <source>record the ceremony of {subject}</source>
        <translation>ghi lễ kết nạp {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="553" />
        <source>recognise {subject} as official</source>
        <translation>công nhận chính thức {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="554" />
        <source>add a post of {subject}</source>
        <translation>thêm chức vụ của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="555" />
        <source>edit a post of {subject}</source>
        <translation>sửa chức vụ của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="556" />
        <source>delete a post of {subject}</source>
        <translation>xóa chức vụ của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="557" />
        <source>add an award or discipline of {subject}</source>
        <translation>thêm khen thưởng, kỷ luật của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="558" />
        <source>edit an award or discipline of {subject}</source>
        <translation>sửa khen thưởng, kỷ luật của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="559" />
        <source>delete an award or discipline of {subject}</source>
        <translation>xóa khen thưởng, kỷ luật của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="562" />
        <source>add a Party badge of {subject}</source>
        <translation>thêm huy hiệu Đảng của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="563" />
        <source>edit a Party badge of {subject}</source>
        <translation>sửa huy hiệu Đảng của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="564" />
        <source>delete a Party badge of {subject}</source>
        <translation>xóa huy hiệu Đảng của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="565" />
        <source>change the status of {subject}</source>
        <translation>đổi trạng thái của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="566" />
        <source>edit a status change of {subject}</source>
        <translation>sửa lần đổi trạng thái của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="567" />
        <source>delete a status change of {subject}</source>
        <translation>xóa lần đổi trạng thái của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="568" />
        <source>import {count} members from {subject}</source>
        <translation>nhập {count} đảng viên từ {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="569" />
        <source>plan the meetings of {subject}</source>
        <translation>lập lịch sinh hoạt năm {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="570" />
        <source>add a meeting of {subject}</source>
        <translation>thêm buổi sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="571" />
        <source>move a meeting of {subject}</source>
        <translation>đổi ngày buổi sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="572" />
        <source>remove a meeting of {subject}</source>
        <translation>xóa buổi sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="573" />
        <source>edit the meeting plan of {subject}</source>
        <translation>sửa kế hoạch sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="574" />
        <source>edit an agenda template</source>
        <translation>sửa mẫu chương trình sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="575" />
        <source>add a correction to the minutes of {subject}</source>
        <translation>thêm phụ lục đính chính biên bản của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="578" />
        <source>enter the evaluation of {subject}</source>
        <translation>nhập kết quả đánh giá của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="579" />
        <source>enter the level of {subject}</source>
        <translation>nhập kết quả xếp loại của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="580" />
        <source>record the upper level's decision on {subject}</source>
        <translation>ghi quyết định của cấp trên về {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="583" />
        <source>enter the evaluations of {count} members ({subject})</source>
        <translation>nhập kết quả đánh giá của {count} đảng viên ({subject})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="587" />
        <source>start the minutes of {subject}</source>
        <translation>bắt đầu ghi biên bản {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="588" />
        <source>write the minutes of {subject}</source>
        <translation>ghi biên bản {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="589" />
        <source>finalise the minutes of {subject}</source>
        <translation>hoàn tất biên bản {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="590" />
        <source>record the adoption of the minutes of {subject}</source>
        <translation>ghi nhận thông qua biên bản {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="593" />
        <source>attach the signed scan of {subject}</source>
        <translation>đính kèm bản scan có chữ ký của biên bản {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="594" />
        <source>open the review of {subject}</source>
        <translation>mở đợt đánh giá {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="595" />
        <source>close the review of {subject}</source>
        <translation>khóa sổ đợt đánh giá {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="596" />
        <source>reopen the review of {subject}</source>
        <translation>mở lại đợt đánh giá {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="597" />
        <source>set up the office {subject}</source>
        <translation>thiết lập cơ quan {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="598" />
        <source>make the demo data of {subject}</source>
        <translation>tạo dữ liệu mẫu cho {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="599" />
        <source>create the first administrator, {subject}</source>
        <translation>tạo quản trị viên đầu tiên: {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="600" />
        <source>add the account of {subject}</source>
        <translation>thêm tài khoản của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="601" />
        <source>change the account of {subject}</source>
        <translation>sửa tài khoản của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="602" />
        <source>set a new password for {subject}</source>
        <translation>đặt mật khẩu mới cho {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="603" />
        <source>change one's own password</source>
        <translation>tự đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="604" />
        <source>replace the keys of {subject}</source>
        <translation>thay khóa của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="605" />
        <source>install the enrolment file of {subject}</source>
        <translation>cài tệp đăng ký của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="606" />
        <source>revoke a key of {subject}</source>
        <translation>thu hồi một khóa của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="607" />
        <source>decide on a set-aside record</source>
        <translation>quyết định về một bản ghi để riêng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="608" />
        <source>apply a set-aside record from {subject}</source>
        <translation>áp dụng bản ghi để riêng của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="611" />
        <source>send data to {subject}</source>
        <translation>gửi dữ liệu cho {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="612" />
        <source>send decisions to {subject}</source>
        <translation>gửi quyết định xuống {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="613" />
        <source>send a member's transfer to {subject}</source>
        <translation>gửi gói chuyển sinh hoạt cho {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="614" />
        <source>receive data from {subject}</source>
        <translation>nhận dữ liệu của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="615" />
        <source>receive a receipt from {subject}</source>
        <translation>nhận giấy xác nhận của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="616" />
        <source>receive decisions from {subject}</source>
        <translation>nhận quyết định của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="617" />
        <source>receive a member's transfer from {subject}</source>
        <translation>nhận gói chuyển sinh hoạt của {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="623" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="624" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="627" />
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="628" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="631" />
        <source>Active</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="632" />
        <source>Exempt from Party work</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="633" />
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="634" />
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="635" />
        <source>Died</source>
        <translation>Đã từ trần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="636" />
        <source>Struck off</source>
        <translation>Xóa tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="637" />
        <source>Expelled</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="638" />
        <source>Resigned</source>
        <translation>Xin ra khỏi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="641" />
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="642" />
        <source>Editor</source>
        <translation>Biên tập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="643" />
        <source>Viewer</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="646" />
        <source>Residential</source>
        <translation>Khu dân cư</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="647" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="648" />
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="649" />
        <source>Health station</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="650" />
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="651" />
        <source>Military</source>
        <translation>Quân sự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="652" />
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="653" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="656" />
        <source>Provincial committee</source>
        <translation>Tỉnh ủy, thành ủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="657" />
        <source>District committee</source>
        <translation>Huyện ủy, quận ủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="658" />
        <source>Commune committee</source>
        <translation>Đảng ủy xã, phường</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="659" />
        <source>Partial committee</source>
        <translation>Đảng bộ bộ phận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="722" />
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="723" />
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="724" />
        <source>Advanced</source>
        <translation>Cao cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="725" />
        <source>Bachelor</source>
        <translation>Cử nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="727" />
        <source>Not trained</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="729" />
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="730" />
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="731" />
        <source>Committee member</source>
        <translation>Cấp ủy viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="732" />
        <source>Standing committee member</source>
        <translation>Ủy viên Ban Thường vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="735" />
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="736" />
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="739" />
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="740" />
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="741" />
        <source>Dismissal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="742" />
        <source>Expulsion</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="747" />
        <source>Restored / active</source>
        <translation>Phục hồi / đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="749" />
        <source>{years}-year Party badge</source>
        <translation>Huy hiệu {years} năm tuổi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="753" />
        <source>Restored to Party activity</source>
        <translation>Phục hồi sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="754" />
        <source>Exempt from Party work and activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="755" />
        <source>Party activity suspended</source>
        <translation>đình chỉ sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="756" />
        <source>Party activity transferred elsewhere</source>
        <translation>Chuyển sinh hoạt đảng đi nơi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="759" />
        <source>Passed away</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="760" />
        <source>Struck off the roll of members</source>
        <translation>Bị xóa tên khỏi danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="761" />
        <source>Expelled from the Party</source>
        <translation>Bị khai trừ khỏi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="762" />
        <source>Left the Party at own request</source>
        <translation>Xin ra khỏi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="765" />
        <source>Born</source>
        <translation>Sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="766" />
        <source>Born in {place}</source>
        <translation>Sinh tại {place}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="767" />
        <source>Admitted to the Party (admission decision)</source>
        <translation>Vào Đảng (quyết định kết nạp)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="768" />
        <source>Admission ceremony</source>
        <translation>Lễ kết nạp vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="769" />
        <source>Recognised as an official member</source>
        <translation>Được công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="770" />
        <source>Party card issued</source>
        <translation>Được cấp thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="771" />
        <source>Party card no. {card} issued</source>
        <translation>Được cấp thẻ đảng viên số {card}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="772" />
        <source>Began holding the post of {post} — {unit}</source>
        <translation>Bắt đầu giữ chức {post} — {unit}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="773" />
        <source>Stopped holding the post of {post} — {unit}</source>
        <translation>Thôi giữ chức {post} — {unit}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="774" />
        <source>Award: {title}</source>
        <translation>Khen thưởng: {title}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="775" />
        <source>Discipline ({level}): {title}</source>
        <translation>Kỷ luật {level}: {title}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="776" />
        <source>{event}: {note}</source>
        <translation>{event}: {note}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="777" />
        <source>{event} (decision {decision})</source>
        <translation>{event} (số {decision})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/app.py" line="37" />
        <source>Backing up the data before closing…</source>
        <translation>Đang sao lưu dữ liệu trước khi đóng…</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="147" />
        <source>Regular meeting</source>
        <translation>Sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="148" />
        <source>Thematic meeting</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="149" />
        <source>Regular and thematic meeting</source>
        <translation>Sinh hoạt thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="152" />
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="153" />
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="156" />
        <source>Time and duration</source>
        <translation>Thời gian, thời lượng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="157" />
        <source>Share of members attending</source>
        <translation>Tỷ lệ đảng viên dự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="158" />
        <source>Preparation</source>
        <translation>Công tác chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="159" />
        <source>Running the meeting</source>
        <translation>Tiến hành sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="160" />
        <source>Chairing by the secretary</source>
        <translation>Điều hành của bí thư</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="161" />
        <source>Organisational principles of the meeting</source>
        <translation>Nguyên tắc tổ chức sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="164" />
        <source>Results of last month's resolution</source>
        <translation>Kết quả thực hiện nghị quyết kỳ trước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="167" />
        <source>Closing the meeting</source>
        <translation>Kết thúc sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="170" />
        <source>Rated good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="171" />
        <source>Rated fair</source>
        <translation>Khá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="172" />
        <source>Rated average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="173" />
        <source>Rated poor</source>
        <translation>Kém</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="178" />
        <source>Write the start and the end time of the meeting (they prove its length).</source>
        <translation>Ghi giờ bắt đầu và giờ kết thúc buổi sinh hoạt (để thể hiện thời lượng).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="181" />
        <source>The end time is not after the start time; please check both times.</source>
        <translation>Giờ kết thúc không sau giờ bắt đầu; hãy kiểm tra lại hai giờ này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="184" />
        <source>The meeting lasted {minutes} minutes, less than the minimum of {minimum} minutes of «{profile}».</source>
        <translation>Buổi sinh hoạt kéo dài {minutes} phút, ít hơn mức tối thiểu {minimum} phút của «{profile}».</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="189" />
        <source>Write where the meeting was held.</source>
        <translation>Ghi địa điểm sinh hoạt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="190" />
        <source>Write who chaired the meeting.</source>
        <translation>Ghi người chủ trì buổi sinh hoạt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="191" />
        <source>Write who took the minutes (the secretary of the meeting).</source>
        <translation>Ghi người làm thư ký buổi sinh hoạt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="194" />
        <source>The roll call is empty: the cell had no members on the meeting day.</source>
        <translation>Danh sách điểm danh trống: chi bộ không có đảng viên nào vào ngày họp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="197" />
        <source>Comrade {name} is not marked present or absent yet.</source>
        <translation>Đồng chí {name} chưa được điểm danh có mặt hay vắng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="200" />
        <source>Comrade {name} is absent but it is not written whether with a reason.</source>
        <translation>Đồng chí {name} vắng nhưng chưa ghi có lý do hay không.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="203" />
        <source>Comrade {name} is absent with a reason: write the reason.</source>
        <translation>Đồng chí {name} vắng có lý do: hãy ghi lý do.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="206" />
        <source>Only {rate} of the members required attended (the warning level is {threshold}).</source>
        <translation>Chỉ có {rate} đảng viên phải dự có mặt (mức cảnh báo là {threshold}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="210" />
        <source>Comrade {name} was absent without reason in {months} months this year — consider striking the name off (Party Charter, Article 8).</source>
        <translation>Đồng chí {name} vắng không lý do {months} tháng trong năm — xem xét xóa tên (Điều lệ Đảng, Điều 8).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="215" />
        <source>Comrade {name} did not pay the Party fee in {months} months this year — consider striking the name off (Party Charter, Article 8).</source>
        <translation>Đồng chí {name} không đóng đảng phí {months} tháng trong năm — xem xét xóa tên (Điều lệ Đảng, Điều 8).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="220" />
        <source>Vote «{subject}»: a number of votes cannot be negative.</source>
        <translation>Biểu quyết «{subject}»: số phiếu không thể là số âm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="223" />
        <source>Vote «{subject}»: {cast} votes are written but only {voters} members may vote.</source>
        <translation>Biểu quyết «{subject}»: ghi {cast} phiếu nhưng chỉ có {voters} đảng viên được biểu quyết.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="227" />
        <source>Vote «{subject}» did not carry: {votes_for}/{voters} in favour, at least {needed} needed.</source>
        <translation>Biểu quyết «{subject}» chưa đạt: {votes_for}/{voters} tán thành, cần ít nhất {needed}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="231" />
        <source>Vote «{subject}» did not carry: {votes_for}/{voters} in favour, at least {needed} needed (two thirds of the official members).</source>
        <translation>Biểu quyết «{subject}» chưa đạt: {votes_for}/{voters} tán thành, cần ít nhất {needed} (hai phần ba số đảng viên chính thức).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="236" />
        <source>Task no. {number} has nobody to carry it out.</source>
        <translation>Nhiệm vụ số {number} chưa có người thực hiện.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="239" />
        <source>Task no. {number} has no deadline.</source>
        <translation>Nhiệm vụ số {number} chưa có thời hạn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="242" />
        <source>Task no. {number}: the deadline is before the meeting day.</source>
        <translation>Nhiệm vụ số {number}: thời hạn trước ngày họp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="245" />
        <source>Write the result of last month's task «{what}» ({assignee}).</source>
        <translation>Ghi kết quả nhiệm vụ tháng trước «{what}» ({assignee}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="248" />
        <source>Score «{criterion}»: give from 0 to {limit} points.</source>
        <translation>Tiêu chí «{criterion}»: cho từ 0 đến {limit} điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="251" />
        <source>The meeting is not scored yet.</source>
        <translation>Buổi sinh hoạt chưa được chấm điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="286" />
        <source>The minutes could not be saved, so saving by itself has stopped. What you typed is still on the screen: copy anything important elsewhere, then close and open the minutes again.

Details: {detail}</source>
        <translation>Không lưu được biên bản nên việc tự động lưu đã dừng. Những gì đã gõ vẫn còn trên màn hình: hãy chép những nội dung quan trọng ra chỗ khác, rồi đóng và mở lại biên bản.

Chi tiết: {detail}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="378" />
        <source>&amp;1. General</source>
        <translation>&amp;1. Chung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="379" />
        <source>&amp;2. Roll call</source>
        <translation>&amp;2. Điểm danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="380" />
        <source>&amp;3. Content</source>
        <translation>&amp;3. Nội dung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="381" />
        <source>&amp;4. Conclusion, votes</source>
        <translation>&amp;4. Kết luận, biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="382" />
        <source>&amp;5. Tasks</source>
        <translation>&amp;5. Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="383" />
        <source>&amp;6. Score</source>
        <translation>&amp;6. Chấm điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="384" />
        <source>&amp;7. Annexes, signed copy</source>
        <translation>&amp;7. Phụ lục, bản ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="576" />
        <source>&amp;until</source>
        <translation>kết thúc lú&amp;c</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="583" />
        <source>e.g. Nhà văn hóa thôn Đông</source>
        <translation>ví dụ: Nhà văn hóa thôn Đông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="585" />
        <source>Date &amp;held</source>
        <translation>Ngà&amp;y họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="587" />
        <source>&amp;Started at</source>
        <translation>&amp;Bắt đầu lúc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="588" />
        <source>24-hour clock; 00:00 means not written yet.</source>
        <translation>Ghi giờ theo 24 giờ; 00:00 nghĩa là chưa ghi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="589" />
        <source>P&amp;lace</source>
        <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="594" />
        <source>e.g. 11/12 comrades have paid the Party fee of October.</source>
        <translation>ví dụ: 11/12 đồng chí đã đóng đảng phí tháng 10.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="597" />
        <source>Ch&amp;air</source>
        <translation>Chủ t&amp;rì</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="598" />
        <source>&amp;Minute-taker</source>
        <translation>&amp;Thư ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="599" />
        <source>Party &amp;fee</source>
        <translation>Đảng &amp;phí</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="609" />
        <source>Guests with their posts; tick the delegate of the superior committee.</source>
        <translation>Ghi khách mời và chức vụ; đánh dấu đại biểu cấp ủy cấp trên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="615" />
        <source>Add a &amp;guest</source>
        <translation>Thêm &amp;khách mời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="616" />
        <source>Remove the guest</source>
        <translation>Xóa khách mời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="621" />
        <source>Time and place</source>
        <translation>Thời gian, địa điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="622" />
        <source>People</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="623" />
        <source>Guests</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="643" />
        <source>&amp;Everyone present</source>
        <translation>Tất cả &amp;có mặt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="645" />
        <source>Marks present every member required who is not marked yet</source>
        <translation>Ghi «Có mặt» cho mọi đồng chí phải dự mà chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="646" />
        <source>Every &amp;fee paid</source>
        <translation>Tất cả đã đóng đảng &amp;phí</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="647" />
        <source>Marks the fee paid for every member not marked yet</source>
        <translation>Ghi «Đã đóng» đảng phí cho mọi đồng chí chưa ghi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="652" />
        <source>Total members</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="653" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="654" />
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="655" />
        <source>May vote</source>
        <translation>Được biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="656" />
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="657" />
        <source>Away</source>
        <translation>Đi vắng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="658" />
        <source>Required</source>
        <translation>Phải dự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="659" />
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="660" />
        <source>Late / left early</source>
        <translation>Đi muộn, về sớm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="661" />
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="662" />
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="680" />
        <source>Click a cell of “Attendance” or “Party fee” to choose. A member absent with a reason needs the reason written.</source>
        <translation>Bấm vào ô «Điểm danh» hoặc «Đảng phí» để chọn. Đồng chí vắng có lý do thì phải ghi lý do.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="687" />
        <source>Figures for the minutes</source>
        <translation>Số liệu ghi vào biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="700" />
        <source>Add an ite&amp;m</source>
        <translation>Thêm &amp;mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="701" />
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1315" />
        <source>Remove the item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="706" />
        <source>Items of the agenda</source>
        <translation>Danh sách nội dung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="712" />
        <source>What was presented or reported</source>
        <translation>Nội dung đã trình bày, báo cáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="731" />
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="785" />
        <source>T&amp;itle</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="732" />
        <source>C&amp;ontent</source>
        <translation>Nội d&amp;ung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="733" />
        <source>Speeches (speaker and gist)</source>
        <translation>Ý kiến phát biểu (người phát biểu và tóm tắt)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="737" />
        <source>Add a &amp;speech</source>
        <translation>Thêm ý kiến phát &amp;biểu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="755" />
        <source>Results of last month's tasks</source>
        <translation>Kết quả thực hiện nhiệm vụ tháng trước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="761" />
        <source>Agenda</source>
        <translation>Các nội dung sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="768" />
        <source>The chair's conclusion</source>
        <translation>Nội dung kết luận của đồng chí chủ trì</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="779" />
        <source>e.g. Nghị quyết sinh hoạt chi bộ tháng 11 năm 2026</source>
        <translation>ví dụ: Nghị quyết sinh hoạt chi bộ tháng 11 năm 2026</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="781" />
        <source>The text of the resolution</source>
        <translation>Nội dung nghị quyết (kết luận)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="783" />
        <source>Document &amp;type</source>
        <translation>&amp;Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="784" />
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="786" />
        <source>Te&amp;xt</source>
        <translation>Nội d&amp;ung</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="802" />
        <source>Probationary members do not vote. A resolution needs more than half of the members who may vote; an admission or a recognition two thirds.</source>
        <translation>Đảng viên dự bị không biểu quyết. Nghị quyết cần quá nửa số đảng viên được biểu quyết tán thành; kết nạp đảng viên hoặc công nhận chính thức cần ít nhất hai phần ba.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="810" />
        <source>Add a &amp;vote</source>
        <translation>Thêm biểu &amp;quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="811" />
        <source>Remove the vote</source>
        <translation>Xóa biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="815" />
        <source>Conclusion of the chair</source>
        <translation>Kết luận của chủ trì</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="816" />
        <source>Resolution or conclusion</source>
        <translation>Nghị quyết hoặc kết luận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="817" />
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="834" />
        <source>Each task names who carries it out, by when, and when they report back. Double-click a cell to write in it; dates as dd/mm/yyyy.</source>
        <translation>Mỗi nhiệm vụ ghi rõ người thực hiện, thời hạn và ngày báo cáo lại. Bấm đúp vào ô để ghi; ngày viết theo dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="842" />
        <source>&amp;Add a task</source>
        <translation>&amp;Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="843" />
        <source>Remove the task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="857" />
        <source>Points for each criterion; “—” means not scored yet.</source>
        <translation>Cho điểm từng tiêu chí; «—» nghĩa là chưa chấm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="861" />
        <source>Quality of the meeting</source>
        <translation>Chấm điểm chất lượng buổi sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="885" />
        <source>of {limit} points</source>
        <translation>trên {limit} điểm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="896" />
        <source>Add a dated co&amp;rrection…</source>
        <translation>Thêm &amp;phụ lục đính chính…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="902" />
        <source>Finalised minutes are never changed. A correction is written as a dated annex and printed after the minutes.</source>
        <translation>Biên bản đã hoàn tất không sửa được nữa. Mọi đính chính ghi thành phụ lục có ghi ngày và được in sau biên bản.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="912" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="912" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="912" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="912" />
        <source>Attached on</source>
        <translation>Ngày đính kèm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="923" />
        <source>Attach the si&amp;gned scan…</source>
        <translation>Đính kèm &amp;bản ký…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="925" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="933" />
        <source>Adopted at a &amp;later meeting…</source>
        <translation>Thông qua tại buổi họp &amp;sau…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="939" />
        <source>Dated corrections (annexes)</source>
        <translation>Phụ lục đính chính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="940" />
        <source>Signed copy</source>
        <translation>Bản ký đính kèm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="941" />
        <source>Adoption of the minutes</source>
        <translation>Thông qua biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="947" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="949" />
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="951" />
        <source>Export &amp;Word…</source>
        <translation>Xuất &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="953" />
        <source>Finalise the minu&amp;tes</source>
        <translation>&amp;Hoàn tất biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="956" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="976" />
        <source>The minutes…</source>
        <translation>Biên bản…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="977" />
        <source>The resolution or conclusion…</source>
        <translation>Nghị quyết (kết luận)…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1036" />
        <source>Minutes — {kind}, {date}</source>
        <translation>Biên bản — {kind}, ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1042" />
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1093" />
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1094" />
        <source>The gist of what was said</source>
        <translation>Tóm tắt ý kiến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1096" />
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1317" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1100" />
        <source>Speaker:</source>
        <translation>Người phát biểu:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1143" />
        <source>Write both times.</source>
        <translation>Ghi đủ giờ bắt đầu và giờ kết thúc.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1148" />
        <source>The end must be after the start.</source>
        <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1153" />
        <source>{minutes} minutes (at least {minimum})</source>
        <translation>{minutes} phút (tối thiểu {minimum} phút)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1163" />
        <source>Not scored yet.</source>
        <translation>Chưa chấm điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1167" />
        <source>Scored {scored} of {count} criteria so far: {total} points.</source>
        <translation>Đã chấm {scored}/{count} tiêu chí: {total} điểm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1174" />
        <source>Total: {total} of {most} points — {band}</source>
        <translation>Tổng cộng: {total}/{most} điểm — xếp loại {band}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1189" />
        <source>Given when the minutes are finalised (expected: {number})</source>
        <translation>Cấp khi hoàn tất biên bản (dự kiến: {number})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1219" />
        <source>Finalised: the notes below stay as recorded.</source>
        <translation>Biên bản đã hoàn tất; các lưu ý dưới đây được giữ nguyên như đã ghi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1221" />
        <source>To correct before finalising: {count}.</source>
        <translation>Còn {count} điểm phải sửa trước khi hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1224" />
        <source>Nothing to correct; notes: {count}.</source>
        <translation>Không còn gì phải sửa; có {count} lưu ý.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1227" />
        <source>Nothing to correct: the minutes can be finalised.</source>
        <translation>Không còn gì phải sửa: có thể hoàn tất biên bản.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1236" />
        <source>Go there</source>
        <translation>Đến chỗ sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1262" />
        <source>“{text}” is not a date; write it as dd/mm/yyyy.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1301" />
        <source>New item</source>
        <translation>Nội dung mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1316" />
        <source>Remove “{title}” with its content and speeches?</source>
        <translation>Xóa mục «{title}» cùng nội dung và các ý kiến phát biểu?</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1431" />
        <source>Saved at {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1442" />
        <source>Not saved — saving has stopped</source>
        <translation>Chưa lưu được — đã dừng tự động lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1446" />
        <source>The minutes were not saved</source>
        <translation>Chưa lưu được biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1454" />
        <source>Close the minutes</source>
        <translation>Đóng biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1456" />
        <source>What was typed since {time} could not be saved and will be lost. Close anyway?</source>
        <translation>Những gì gõ từ {time} chưa lưu được và sẽ mất. Vẫn đóng?</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1457" />
        <source>the opening</source>
        <translation>lúc mở biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1458" />
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1470" />
        <source>Finalise the minutes</source>
        <translation>Hoàn tất biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1475" />
        <source>After finalising, the minutes are locked; corrections are made only as dated annexes.</source>
        <translation>Sau khi hoàn tất, biên bản bị khóa; sửa chữa chỉ bằng phụ lục đính chính có ghi ngày.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1478" />
        <source>Finalise</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1494" />
        <source>The minutes cannot be finalised yet:

{findings}</source>
        <translation>Chưa hoàn tất được biên bản:

{findings}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1523" />
        <source>The minutes were finalised on {date} — code {code}</source>
        <translation>Biên bản đã hoàn tất ngày {date} — mã {code}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1527" />
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1574" />
        <source>Adopted at the meeting of {date}.</source>
        <translation>Đã thông qua tại buổi họp ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1558" />
        <source>No corrections.</source>
        <translation>Chưa có đính chính nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1580" />
        <source>Not adopted yet; the minutes are read back and adopted at a meeting.</source>
        <translation>Chưa thông qua; biên bản được đọc lại và thông qua tại một buổi họp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1586" />
        <source>Dated correction</source>
        <translation>Phụ lục đính chính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1597" />
        <source>Dated {date}. The minutes stay as they were; this is printed after them.</source>
        <translation>Ghi ngày {date}. Biên bản giữ nguyên; phụ lục này được in sau biên bản.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1601" />
        <source>&amp;Correction</source>
        <translation>Nội dung đính &amp;chính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1602" />
        <source>&amp;Written by</source>
        <translation>Người &amp;ghi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1605" />
        <source>Save the correction</source>
        <translation>Lưu phụ lục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1606" />
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1701" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1619" />
        <source>Write the correction.</source>
        <translation>Hãy ghi nội dung đính chính.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1633" />
        <source>Attach the signed scan</source>
        <translation>Đính kèm bản ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1636" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Bản quét (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1656" />
        <source>Open the signed copy</source>
        <translation>Mở bản ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1666" />
        <source>Could not open {path}; open it from the folder instead.</source>
        <translation>Không mở được {path}; hãy mở tệp từ thư mục chứa nó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1673" />
        <source>Adopt the minutes</source>
        <translation>Thông qua biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1686" />
        <source>No later meeting of this cell is planned yet; plan it first, then record the adoption.</source>
        <translation>Chi bộ chưa có buổi họp nào sau buổi này; hãy lập lịch buổi họp đó trước rồi ghi việc thông qua.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1697" />
        <source>The minutes were read back and adopted at:</source>
        <translation>Biên bản đã được đọc lại và thông qua tại:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1698" />
        <source>&amp;Meeting</source>
        <translation>&amp;Buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1700" />
        <source>Record the adoption</source>
        <translation>Ghi thông qua</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1734" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_editor.py" line="1735" />
        <source>The minutes could not be saved, so the printout would not match the screen.</source>
        <translation>Không lưu được biên bản nên bản in sẽ không khớp với màn hình.</translation>
    </message>
</context>
<context>
    <name>MinutesPrintPreview</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="47" />
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="48" />
        <source>Export Word</source>
        <translation>Xuất Word</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="51" />
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="52" />
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="55" />
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="57" />
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="58" />
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="140" />
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="146" />
        <source>Resolution or conclusion</source>
        <translation>Nghị quyết hoặc kết luận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="153" />
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="156" />
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/minutes_print_preview.py" line="157" />
        <source>Export Word…</source>
        <translation>Xuất Word…</translation>
    </message>
</context>
<context>
    <name>MinutesTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="69" />
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="70" />
        <source>Came late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="71" />
        <source>Left early</source>
        <translation>Về sớm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="72" />
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="73" />
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="74" />
        <source>Absent – not known why</source>
        <translation>Vắng – chưa rõ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="76" />
        <source>not marked yet</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="77" />
        <source>(not marked)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="78" />
        <source>write the reason</source>
        <translation>cần ghi lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="80" />
        <source>Paid</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="81" />
        <source>Not paid</source>
        <translation>Chưa đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="83" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="84" />
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="86" />
        <source>{membership}, exempt</source>
        <translation>{membership}, miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="87" />
        <source>{membership}, away</source>
        <translation>{membership}, đi vắng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="89" />
        <source>Exempt and temporarily away — not counted among the members required to attend</source>
        <translation>Miễn sinh hoạt và sinh hoạt tạm thời nơi khác — không tính vào số phải dự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="94" />
        <source>Ordinary (more than half)</source>
        <translation>Thông thường (quá nửa)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="95" />
        <source>Admission (two thirds)</source>
        <translation>Kết nạp (hai phần ba)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="96" />
        <source>Recognition as official (two thirds)</source>
        <translation>Công nhận chính thức (hai phần ba)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="99" />
        <source>Adopting the minutes</source>
        <translation>Thông qua biên bản</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="102" />
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="103" />
        <source>Partly completed</source>
        <translation>Hoàn thành một phần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="104" />
        <source>Not completed</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="106" />
        <source>(not written)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="107" />
        <source>Carried: {votes_for}/{voters} ({percent})</source>
        <translation>Thông qua: {votes_for}/{voters} ({percent})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="108" />
        <source>Not carried: {needed}/{voters} needed</source>
        <translation>Không đạt: cần {needed}/{voters}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="109" />
        <source>More votes than members who may vote ({voters})</source>
        <translation>Nhiều phiếu hơn số đảng viên được biểu quyết ({voters})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="112" />
        <source>No official member may vote</source>
        <translation>Không có đảng viên chính thức được biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="113" />
        <source>“{text}” is not a date; write it as dd/mm/yyyy, e.g. 15/12/2026.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 15/12/2026.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="291" />
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="626" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="292" />
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="452" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="293" />
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="294" />
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="295" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="296" />
        <source>Party fee</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="453" />
        <source>Post</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="454" />
        <source>Superior committee delegate</source>
        <translation>Đại biểu cấp ủy cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="486" />
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="628" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="487" />
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="627" />
        <source>Carried out by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="488" />
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="629" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="489" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="490" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="533" />
        <source>Voted on</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="534" />
        <source>Kind of vote</source>
        <translation>Loại biểu quyết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="535" />
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="536" />
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="537" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/minutes_table_models.py" line="630" />
        <source>Report back on</source>
        <translation>Báo cáo lại</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="253" />
        <source>New password for {name}</source>
        <translation>Mật khẩu mới cho {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="255" />
        <source>Tell the person the new password in private; they can change it themselves afterwards. A locked account is unlocked too.</source>
        <translation>Hãy báo riêng mật khẩu mới cho người đó; sau đó họ có thể tự đổi. Tài khoản đang bị khóa cũng được mở khóa.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="258" />
        <source>&amp;Set the password</source>
        <translation>Đặt mật &amp;khẩu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="265" />
        <source>&amp;Show what I type</source>
        <translation>Hiện &amp;chữ đang gõ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="267" />
        <source>&amp;New password</source>
        <translation>Mật khẩu mớ&amp;i</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="268" />
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/accounts_dialog.py" line="273" />
        <source>The two new passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau; hãy gõ lại.</translation>
    </message>
</context>
<context>
    <name>OpenYearDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="57" />
        <source>Open the review of {year}</source>
        <translation>Mở đợt đánh giá, xếp loại năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="59" />
        <source>Review date of {year}</source>
        <translation>Ngày đánh giá năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="63" />
        <source>{commune}: the review of {year} is opened for filling in the members' and the cells' results. Everything should be finished before 31 December.</source>
        <translation>{commune}: mở đợt đánh giá, xếp loại năm {year} để nhập kết quả của đảng viên và chi bộ. Mọi việc cần hoàn thành trước ngày 31 tháng 12.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="67" />
        <source>{commune}: change the review date of {year}.</source>
        <translation>{commune}: đổi ngày đánh giá của năm {year}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="77" />
        <source>&amp;Review date *</source>
        <translation>&amp;Ngày đánh giá *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="79" />
        <source>Open the year</source>
        <translation>Mở đợt đánh giá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="79" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="89" />
        <source>Write the date as dd/mm/yyyy, e.g. 31/12/{year}.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 31/12/{year}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="95" />
        <source>Members admitted after {cutoff} (less than {months} months before the review date), exempt members and suspended members are not reviewed.</source>
        <translation>Không đánh giá: đảng viên kết nạp sau ngày {cutoff} (chưa đủ {months} tháng đến ngày đánh giá), đảng viên được miễn sinh hoạt và đảng viên bị đình chỉ sinh hoạt.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="309" />
        <source>Level</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="309" />
        <source>Cells</source>
        <translation>Số chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="309" />
        <source>%</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="333" />
        <source>Not classified (newly formed)</source>
        <translation>Chưa xếp loại (mới thành lập)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/evaluation_table_models.py" line="339" />
        <source>Not decided yet</source>
        <translation>Chưa có kết quả</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="76" />
        <source>Offices exchanging data</source>
        <translation>Các cơ quan trao đổi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="79" />
        <source>This office's key fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay khóa của cơ quan: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="87" />
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="90" />
        <source>&amp;Point out communes that sent nothing for more than</source>
        <translation>Đánh &amp;dấu các xã chưa gửi dữ liệu quá</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="100" />
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="101" />
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="102" />
        <source>Newest package</source>
        <translation>Gói mới nhất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="103" />
        <source>Packages missing</source>
        <translation>Gói còn thiếu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="104" />
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="105" />
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="119" />
        <source>No office yet. A commune appears here with its first package; a commune's upper level, once its enrolment file is installed.</source>
        <translation>Chưa có cơ quan nào. Một xã hiện ở đây khi gói dữ liệu đầu tiên của xã được nhận; cấp trên của xã hiện ở đây khi đã cài tệp đăng ký của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="125" />
        <source>&amp;Revoke this key…</source>
        <translation>&amp;Thu hồi khóa này…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="127" />
        <source>A lost or stolen key: its packages are refused from now on.</source>
        <translation>Khóa bị mất hoặc bị lấy cắp: từ nay không nhận các gói ký bằng khóa này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="130" />
        <source>&amp;Print this office's fingerprint…</source>
        <translation>&amp;In dấu vân tay khóa của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="132" />
        <source>One signed page for the offices you exchange data with to compare.</source>
        <translation>Một trang có chữ ký để các cơ quan trao đổi dữ liệu với mình đối chiếu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="135" />
        <source>Make &amp;new keys for this office…</source>
        <translation>Tạo &amp;khóa mới cho cơ quan…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="137" />
        <source>When this computer's keys may have been copied, or the computer is replaced.</source>
        <translation>Khi khóa trên máy này có thể đã bị sao chép, hoặc khi thay máy tính.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="181" />
        <source>{late} of {count} communes sent nothing for more than {days} days.</source>
        <translation>{late}/{count} xã đã quá {days} ngày chưa gửi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="183" />
        <source>Every commune sent data within the last {days} days.</source>
        <translation>Cả {count} xã đều đã gửi dữ liệu trong {days} ngày qua.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="197" />
        <source>confirmed our data on {date}</source>
        <translation>xác nhận dữ liệu ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="201" />
        <source>no receipt yet</source>
        <translation>chưa có giấy xác nhận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="207" />
        <source>nothing yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="210" />
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="211" />
        <source>replaced</source>
        <translation>đã thay</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="212" />
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="266" />
        <source>This office's key fingerprint: {fingerprint} (sheet written to {path})</source>
        <translation>Dấu vân tay khóa của cơ quan: {fingerprint} (đã ghi trang in vào {path})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="276" />
        <source>New keys made. This office's key fingerprint is now {fingerprint}: print the sheet again and give it to the offices you exchange data with.</source>
        <translation>Đã tạo khóa mới. Dấu vân tay khóa của cơ quan nay là {fingerprint}: hãy in lại trang dấu vân tay và gửi cho các cơ quan trao đổi dữ liệu với mình.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="285" />
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="290" />
        <source>Make new keys</source>
        <translation>Tạo khóa mới</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="287" />
        <source>Make new keys for this office? Every office you exchange data with will be asked to check the new fingerprint before it accepts your next package.</source>
        <translation>Tạo khóa mới cho cơ quan? Mọi cơ quan trao đổi dữ liệu với mình sẽ phải đối chiếu dấu vân tay mới trước khi nhận gói tiếp theo của mình.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="295" />
        <source>Save the fingerprint sheet</source>
        <translation>Lưu trang dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="305" />
        <source>Key fingerprint for exchanging data</source>
        <translation>Dấu vân tay khóa trao đổi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="306" />
        <source>Office: {office}</source>
        <translation>Cơ quan: {office}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="307" />
        <source>Organisation: {unit} (code {code})</source>
        <translation>Tổ chức đảng: {unit} (mã {code})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="309" />
        <source>Packages of data that this office sends on a USB stick are signed with its key. Before accepting its first package, the receiving office compares the fingerprint its program shows with the one below.</source>
        <translation>Các gói dữ liệu cơ quan gửi bằng USB đều được ký bằng khóa của cơ quan. Trước khi nhận gói đầu tiên, cơ quan nhận đối chiếu dấu vân tay khóa do chương trình của mình hiển thị với dấu vân tay dưới đây.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="314" />
        <source>The eight groups must be exactly the same. If they differ, do not accept the package, and tell this office at once: the package may not come from it.</source>
        <translation>Tám nhóm ký tự phải giống hệt nhau. Nếu khác, không nhận gói và báo ngay cho cơ quan: gói có thể không phải do cơ quan gửi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="317" />
        <source>On behalf of the office</source>
        <translation>T/M Văn phòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="317" />
        <source>Head of office</source>
        <translation>Chánh Văn phòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="323" />
        <source>Revoke the key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="325" />
        <source>Revoke the key of {office}? Its packages will be refused until it makes new keys and you accept its next first package.</source>
        <translation>Thu hồi khóa của {office}? Các gói của cơ quan này sẽ bị từ chối cho đến khi cơ quan tạo khóa mới và đồng chí nhận gói đầu tiên tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/peers_dialog.py" line="328" />
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="182" />
        <source>Edit a Party post</source>
        <translation>Sửa chức vụ Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="182" />
        <source>Add a Party post</source>
        <translation>Thêm chức vụ Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="196" />
        <source>e.g. 125-QĐ/ĐU</source>
        <translation>ví dụ: 125-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="197" />
        <source>&amp;Post *</source>
        <translation>&amp;Chức vụ *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="198" />
        <source>&amp;In *</source>
        <translation>Đơn &amp;vị *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="199" />
        <source>&amp;From *</source>
        <translation>&amp;Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="200" />
        <source>&amp;Until</source>
        <translation>Đến &amp;ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="201" />
        <source>&amp;Decision number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="203" />
        <source>Leave “Until” empty while the member still holds the post.</source>
        <translation>Để trống “Đến ngày” nếu đảng viên vẫn đang giữ chức vụ này.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="487" />
        <source>Check the rows</source>
        <translation>Kiểm tra các dòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="490" />
        <source>Every row of the file with what is wrong with it. Rows with errors or duplicates of members already on the roster are not imported.</source>
        <translation>Từng dòng của tệp và các lỗi của dòng đó. Dòng có lỗi hoặc trùng với đảng viên đã có trong danh sách sẽ không được nhập.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="496" />
        <source>Show only rows with &amp;problems</source>
        <translation>Chỉ hiện các dòng có &amp;vấn đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="535" />
        <source>Choose a row to read all of its problems.</source>
        <translation>Chọn một dòng để xem đầy đủ các vấn đề của dòng đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="539" />
        <source>Rows read: {rows}. Good: {good}. With errors: {errors}. Duplicates: {duplicates}.</source>
        <translation>Số dòng đã đọc: {rows}. Hợp lệ: {good}. Có lỗi: {errors}. Trùng: {duplicates}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="547" />
        <source>Cells to create: {count}.</source>
        <translation>Chi bộ sẽ tạo mới: {count}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="557" />
        <source>Row {row}: no problem.</source>
        <translation>Dòng {row}: không có vấn đề gì.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="76" />
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="77" />
        <source>&amp;Step up</source>
        <translation>&amp;Tăng lên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="78" />
        <source>Step &amp;down</source>
        <translation>&amp;Giảm xuống</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="61" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="62" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="63" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="64" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="65" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="66" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="67" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="32" />
        <source>Show Details...</source>
        <translation>Xem chi tiết…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="33" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="15" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="16" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="17" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="18" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="19" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="20" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="21" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="22" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="23" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="24" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="25" />
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="26" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="27" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="28" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="29" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="30" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="31" />
        <source>Abort</source>
        <translation>Dừng hẳn</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="44" />
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="45" />
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="46" />
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="47" />
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="48" />
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="49" />
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="50" />
        <source>Fit page</source>
        <translation>Vừa cả trang</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="51" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="52" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="53" />
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="54" />
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="55" />
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="56" />
        <source>Show facing pages</source>
        <translation>Xem hai trang cạnh nhau</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="57" />
        <source>Show overview of all pages</source>
        <translation>Xem tất cả các trang</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="58" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="59" />
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="60" />
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="68" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="69" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="70" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="71" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="72" />
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="73" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="74" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="75" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="34" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="35" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="36" />
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="37" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="38" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="39" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="40" />
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="41" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="42" />
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="43" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/record_list.py" line="61" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/record_list.py" line="63" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>ReopenYearDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="163" />
        <source>Reopen the review of {year}</source>
        <translation>Mở lại đợt đánh giá năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="166" />
        <source>The review of {year} was closed on {date} by {name}. Reopening it lets the results be changed again; your name and the reason are kept with the year for ever.</source>
        <translation>Đợt đánh giá năm {year} đã khóa sổ ngày {date}, người khóa: {name}. Mở lại thì sửa được kết quả; họ tên người mở và lý do được lưu mãi cùng năm đánh giá.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="179" />
        <source>{date}, {name}: {reason}</source>
        <translation>{date}, {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="185" />
        <source>Reopened before:</source>
        <translation>Các lần mở lại trước:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="187" />
        <source>The name of the person reopening the year</source>
        <translation>Họ tên người mở lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="190" />
        <source>e.g. The commune committee's decision no. 12 corrects a member's level</source>
        <translation>ví dụ: Quyết định số 12 của Đảng ủy xã sửa mức xếp loại của một đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="194" />
        <source>Your &amp;name *</source>
        <translation>&amp;Họ tên người mở lại *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="195" />
        <source>Reason for &amp;reopening *</source>
        <translation>&amp;Lý do mở lại *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/evaluation_year_dialogs.py" line="196" />
        <source>Reopen the year</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="147" />
        <source>Change the date of a meeting</source>
        <translation>Đổi ngày buổi họp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="153" />
        <source>Meeting ({kind}) of {cell}, planned on {date}.</source>
        <translation>Buổi sinh hoạt {kind} của {cell}, dự kiến ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/meetings_tab.py" line="161" />
        <source>New &amp;date *</source>
        <translation>&amp;Ngày mới *</translation>
    </message>
</context>
<context>
    <name>Resident213Dialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="88" />
        <source>213 list of {cell}</source>
        <translation>Danh sách 213 của {cell}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="95" />
        <source>e.g. Chi bộ Phòng Tài chính, UBND tỉnh</source>
        <translation>ví dụ: Chi bộ Phòng Tài chính, UBND tỉnh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="101" />
        <source>&amp;Full name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="102" />
        <source>Date of &amp;birth</source>
        <translation>&amp;Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="103" />
        <source>&amp;Workplace and cell *</source>
        <translation>Nơi &amp;công tác và chi bộ *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="104" />
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="105" />
        <source>P&amp;hone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="106" />
        <source>&amp;Registered on</source>
        <translation>Ngày đăn&amp;g ký</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="107" />
        <source>&amp;Left the area on</source>
        <translation>Ngày chuyển &amp;khỏi địa bàn</translation>
    </message>
</context>
<context>
    <name>Resident213TableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="44" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="45" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="46" />
        <source>Workplace and cell</source>
        <translation>Nơi công tác và chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="47" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="48" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="49" />
        <source>Comment of the year</source>
        <translation>Nhận xét năm nay</translation>
    </message>
</context>
<context>
    <name>Residents213Tab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="158" />
        <source>&amp;Add a person…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="160" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="162" />
        <source>Write this year's &amp;comment…</source>
        <translation>Viết &amp;nhận xét năm nay…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="183" />
        <source>Choose a residential cell on the left. Its 213 list holds the members who work in agencies elsewhere but live in its area (Quy định 213-QĐ/TW); they are not counted among the cell's members.</source>
        <translation>Chọn một chi bộ khu dân cư ở bên trái. Danh sách 213 gồm các đảng viên công tác ở cơ quan, đơn vị khác nhưng cư trú trên địa bàn (Quy định 213-QĐ/TW); họ không tính vào số đảng viên của chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="198" />
        <source>{cell}: {count} people on the 213 list; {missing} without a {year} comment.</source>
        <translation>{cell}: {count} người trong danh sách 213; {missing} người chưa có nhận xét năm {year}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="241" />
        <source>Comment {year}</source>
        <translation>Nhận xét năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/residents_213_tab.py" line="242" />
        <source>The cell's comment on {name} for {year}:</source>
        <translation>Nhận xét của chi bộ về đồng chí {name} năm {year}:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="48" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="52" />
        <source>Choose the backup to restore. The data now in the program is backed up first (“Before restoring a backup”), so a restore can be undone by restoring that one.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Dữ liệu hiện có trong chương trình sẽ được sao lưu trước (“Trước khi khôi phục”), nên nếu cần có thể khôi phục lại bản đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="80" />
        <source>There are no backups yet. The program backs up the data every day it is opened, on closing, and before every import and bulk change; “Back up now” in the File menu takes one at once.</source>
        <translation>Chưa có bản sao lưu nào. Chương trình tự sao lưu mỗi ngày khi mở, khi đóng, và trước mỗi lần nhập hay thay đổi hàng loạt; bấm “Sao lưu ngay” trong menu Tệp để sao lưu ngay lúc này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="85" />
        <source>The backups are kept in {folder}.</source>
        <translation>Các bản sao lưu được lưu trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="90" />
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="94" />
        <source>Open a backup from a USB &amp;stick…</source>
        <translation>Mở bản sao lưu trên &amp;USB…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="97" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="134" />
        <source>Restore the backup of {date} ({reason})?

The data now in the program is backed up first, then replaced by the backup's: what was entered after {date} will no longer be there. The program closes and opens again with the restored data; check it, then confirm it.</source>
        <translation>Khôi phục bản sao lưu lúc {date} ({reason})?

Dữ liệu hiện có sẽ được sao lưu trước, rồi thay bằng dữ liệu của bản sao lưu: những gì nhập sau {date} sẽ không còn. Chương trình sẽ đóng lại rồi mở ra với dữ liệu đã khôi phục; hãy kiểm tra rồi bấm xác nhận.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="139" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="147" />
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="155" />
        <source>Open a backup from a USB stick</source>
        <translation>Mở bản sao lưu trên USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="149" />
        <source>Sealed backups (*{suffix})</source>
        <translation>Bản sao lưu có mật khẩu (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="156" />
        <source>The password {file} was sealed with:</source>
        <translation>Mật khẩu của {file}:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="170" />
        <source>{file} was opened and checked; it is listed as “{reason}” and chosen. Press “Restore the chosen backup” to restore it.</source>
        <translation>Đã mở và kiểm tra {file}; tệp được ghi trong danh sách là “{reason}” và đã được chọn. Bấm “Khôi phục bản đã chọn” để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/restore_dialog.py" line="187" />
        <source>Opening the backup…</source>
        <translation>Đang mở bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="718" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="719" />
        <source>The members are on the roster.</source>
        <translation>Các đảng viên đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="729" />
        <source>{count} members were imported from “{file}”.</source>
        <translation>Đã nhập {count} đảng viên từ tệp “{file}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="733" />
        <source>New cells created: {count}.</source>
        <translation>Số chi bộ mới được tạo: {count}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/import_wizard.py" line="735" />
        <source>To take the whole import back, choose Edit → Undo (Ctrl+Z) in the main window.</source>
        <translation>Muốn hủy toàn bộ lần nhập này, hãy chọn Sửa → Hoàn tác (Ctrl+Z) ở cửa sổ chính.</translation>
    </message>
</context>
<context>
    <name>RosterFilters</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="30" />
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="36" />
        <source>Any gender</source>
        <translation>Nam và nữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="39" />
        <source>Any ethnicity</source>
        <translation>Mọi dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="40" />
        <source>Ethnic minorities</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="43" />
        <source>Any age</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="45" />
        <source>age</source>
        <translation>tuổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="46" />
        <source>Any Party seniority</source>
        <translation>Mọi tuổi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="48" />
        <source>years in the Party</source>
        <translation>năm tuổi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="49" />
        <source>Any political theory</source>
        <translation>Mọi trình độ lý luận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="50" />
        <source>Not trained</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="54" />
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="58" />
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="79" />
        <source>up to {high} {unit}</source>
        <translation>đến {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="81" />
        <source>{low} {unit} and over</source>
        <translation>từ {low} {unit} trở lên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/roster_filters.py" line="82" />
        <source>{low} to {high} {unit}</source>
        <translation>từ {low} đến {high} {unit}</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="78" />
        <source>Search by name (with or without tone marks), party card or ID number…</source>
        <translation>Tìm theo họ tên (có dấu hay không dấu đều được), số thẻ đảng hoặc số định danh…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="86" />
        <source>Also show members who have left</source>
        <translation>Hiện cả đảng viên đã ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="117" />
        <source>Right-click to choose the columns shown</source>
        <translation>Bấm chuột phải để chọn các cột hiển thị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="135" />
        <source>&amp;Add member</source>
        <translation>&amp;Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="136" />
        <source>Add a member (Ctrl+N)</source>
        <translation>Thêm đảng viên (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="138" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="140" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="142" />
        <source>Delete the selected member (Del); can be undone</source>
        <translation>Xóa đảng viên đang chọn (Del); có thể hoàn tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="144" />
        <source>&amp;Transfer…</source>
        <translation>C&amp;huyển sinh hoạt…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="146" />
        <source>Transfer of Party activity: out of the commune, or to another cell</source>
        <translation>Chuyển sinh hoạt đảng: ra ngoài xã, hoặc sang chi bộ khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="151" />
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="153" />
        <source>Save the members shown (all of them, not only the rows on screen) to Excel</source>
        <translation>Lưu các đảng viên đang hiển thị (tất cả, không chỉ những dòng trên màn hình) ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="156" />
        <source>Print list (PDF)…</source>
        <translation>In danh sách (PDF)…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="158" />
        <source>The member list as a PDF in the Party document format, ready to print</source>
        <translation>Danh sách đảng viên thành tệp PDF theo thể thức văn bản của Đảng, sẵn sàng để in</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="225" />
        <source>Temporarily active here, not counted: {names}</source>
        <translation>Sinh hoạt tạm thời tại đây (không tính vào số đảng viên): {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="233" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n đảng viên</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="236" />
        <source>more than {count} members</source>
        <translation>hơn {count} đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="247" />
        <source>No member matches “{text}”.
Check the spelling or clear the search.</source>
        <translation>Không có đảng viên nào khớp với “{text}”.
Hãy kiểm tra lại chính tả hoặc xóa ô tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="250" />
        <source>No member matches the filters.
Click “Clear filters” to see everyone.</source>
        <translation>Không có đảng viên nào khớp với điều kiện lọc.
Bấm “Bỏ lọc” để xem tất cả.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="253" />
        <source>{unit} has no members yet.
Click “Add member” (Ctrl+N) to add the first one, or bring in a whole list from Excel: File → Import members from Excel… (Ctrl+I).</source>
        <translation>{unit} chưa có đảng viên nào.
Bấm “Thêm đảng viên” (Ctrl+N) để thêm người đầu tiên, hoặc nhập cả danh sách từ Excel: Tệp → Nhập danh sách từ Excel… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="257" />
        <source>No members yet.
Choose a cell on the left, then click “Add member”, or bring in a whole list from Excel: File → Import members from Excel… (Ctrl+I).</source>
        <translation>Chưa có đảng viên nào.
Hãy chọn một chi bộ ở bên trái, rồi bấm “Thêm đảng viên”, hoặc nhập cả danh sách từ Excel: Tệp → Nhập danh sách từ Excel… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="342" />
        <source>Delete member</source>
        <translation>Xóa đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="344" />
        <source>Delete {name} from the roster?

Use this for a record entered by mistake; for a member who left, change the status instead. You can undo it (Ctrl+Z).</source>
        <translation>Xóa {name} khỏi danh sách?

Chỉ dùng khi nhập nhầm hồ sơ; với đảng viên đã chuyển đi, từ trần… hãy đổi trạng thái. Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="347" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="60" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="61" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="62" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="63" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="64" />
        <source>Admitted</source>
        <translation>Vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="65" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="66" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="67" />
        <source>Party card</source>
        <translation>Số thẻ đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="68" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="69" />
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="70" />
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="71" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="72" />
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="73" />
        <source>Qualification</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="74" />
        <source>Hometown</source>
        <translation>Quê quán</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="219" />
        <source>Chi bộ Desktop — sign in</source>
        <translation>Chi bộ Desktop — đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="220" />
        <source>Choose your name and type your password.</source>
        <translation>Chọn tên của bạn và gõ mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="221" />
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="180" />
        <source>&amp;Show what I type</source>
        <translation>Hiện &amp;chữ đang gõ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="185" />
        <source>Sign-in &amp;name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="186" />
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
</context>
<context>
    <name>SmallAccountDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sign_in_dialog.py" line="28" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="28" />
        <source>Chi bộ Desktop is already running on this computer. Switch to its window (on the taskbar at the bottom of the screen). Only one may run at a time, so that two windows never change the same data.</source>
        <translation>Chi bộ Desktop đang chạy trên máy này. Hãy chuyển sang cửa sổ đang mở (trên thanh tác vụ ở cuối màn hình). Mỗi lúc chỉ được chạy một chương trình, để hai cửa sổ không cùng sửa một dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="34" />
        <source>&amp;Move it to this computer</source>
        <translation>&amp;Chuyển về máy này</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="35" />
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="36" />
        <source>The database was copied to {copy} and checked; the program works on that copy from now on. The file {original} was left as it was: keep it as a backup, or delete it.</source>
        <translation>Đã chép cơ sở dữ liệu sang {copy} và kiểm tra; từ nay chương trình làm việc trên bản này. Tệp {original} vẫn để nguyên: có thể giữ làm bản dự phòng, hoặc xóa đi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="41" />
        <source>The database {path} is on a removable drive (a USB stick or a memory card). The program does not work on data there: if the stick is pulled out, or the power fails, while the program writes, the data can be damaged or lost.</source>
        <translation>Cơ sở dữ liệu {path} đang nằm trên ổ tháo rời được (USB hoặc thẻ nhớ). Chương trình không làm việc với dữ liệu ở đó: nếu rút USB ra, hoặc mất điện, khi chương trình đang ghi thì dữ liệu có thể bị hỏng hoặc mất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="47" />
        <source>The database {path} is on a network share. The program does not work on data there: over a network SQLite cannot lock the file safely, so a break in the connection, or a second computer opening it, can damage the data.</source>
        <translation>Cơ sở dữ liệu {path} đang nằm trong thư mục dùng chung qua mạng. Chương trình không làm việc với dữ liệu ở đó: qua mạng, SQLite không khóa tệp an toàn được, nên khi mất kết nối, hoặc có máy khác cùng mở, dữ liệu có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="53" />
        <source>Move it to this computer's data folder ({folder})? A copy is made there, checked, and opened from then on; the file where it is now stays as it is.</source>
        <translation>Chuyển về thư mục dữ liệu của máy này ({folder})? Chương trình sẽ chép một bản sang đó, kiểm tra, và từ nay mở bản đó; tệp ở chỗ cũ vẫn để nguyên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/startup.py" line="58" />
        <source>Restoring the backup… please wait.</source>
        <translation>Đang khôi phục bản sao lưu… xin chờ.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="46" />
        <source>Members at the start (on the roll on {date})</source>
        <translation>Đảng viên đầu kỳ (có đến ngày {date})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="47" />
        <source>Increase in the period</source>
        <translation>Tăng trong kỳ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="48" />
        <source>Admitted to the Party</source>
        <translation>Kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="49" />
        <source>Transferred in</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="50" />
        <source>of which from other cells of the organisation</source>
        <translation>trong đó: từ chi bộ khác trong đảng bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="51" />
        <source>Restored to the roll</source>
        <translation>Phục hồi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="52" />
        <source>Decrease in the period</source>
        <translation>Giảm trong kỳ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="53" />
        <source>Passed away</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="54" />
        <source>Expelled</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="55" />
        <source>Struck off the roll</source>
        <translation>Xóa tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="56" />
        <source>Left the Party at own request</source>
        <translation>Xin ra khỏi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="57" />
        <source>Transferred elsewhere</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="58" />
        <source>of which to other cells of the organisation</source>
        <translation>trong đó: sang chi bộ khác trong đảng bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="59" />
        <source>Members at the end (on the roll on {date})</source>
        <translation>Đảng viên cuối kỳ (có đến ngày {date})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="60" />
        <source>Check: start + increase − decrease</source>
        <translation>Kiểm tra: đầu kỳ + tăng − giảm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="62" />
        <source>Members on the roll on {date}</source>
        <translation>Tổng số đảng viên có đến ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="63" />
        <source>Official members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="64" />
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="65" />
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="66" />
        <source>Ethnic minorities</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="67" />
        <source>By ethnic group</source>
        <translation>Theo dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="68" />
        <source>Followers of a religion</source>
        <translation>Có đạo (theo tôn giáo)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="69" />
        <source>By religion</source>
        <translation>Theo tôn giáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="70" />
        <source>By age</source>
        <translation>Theo tuổi đời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="71" />
        <source>{high} years old and under</source>
        <translation>Từ {high} tuổi trở xuống</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="72" />
        <source>{low} to {high} years old</source>
        <translation>Từ {low} đến {high} tuổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="73" />
        <source>{low} years old and over</source>
        <translation>Từ {low} tuổi trở lên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="74" />
        <source>Date of birth not recorded</source>
        <translation>Chưa ghi ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="75" />
        <source>General education</source>
        <translation>Giáo dục phổ thông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="76" />
        <source>Professional qualification</source>
        <translation>Chuyên môn, nghiệp vụ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="77" />
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="78" />
        <source>Not recorded</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="79" />
        <source>Party activity</source>
        <translation>Sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="80" />
        <source>Cells in operation on {date}</source>
        <translation>Số chi bộ có đến ngày {date}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="81" />
        <source>Type not recorded</source>
        <translation>Chưa ghi loại hình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="83" />
        <source>Not trained</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="84" />
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="85" />
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="86" />
        <source>Advanced</source>
        <translation>Cao cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="87" />
        <source>Bachelor</source>
        <translation>Cử nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="90" />
        <source>Admitted in {year}</source>
        <translation>Kết nạp trong năm {year}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="91" />
        <source>Members on the roll on {date} (the base)</source>
        <translation>Đảng viên có đến ngày {date} (làm gốc)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="92" />
        <source>Admissions as a percentage of the base</source>
        <translation>Tỷ lệ kết nạp so với gốc (%)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="93" />
        <source>no members on the base date</source>
        <translation>không có đảng viên ở ngày làm gốc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="95" />
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="96" />
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/statistics_table_models.py" line="97" />
        <source>% of the total</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="66" />
        <source>Statistics</source>
        <translation>Thống kê đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="70" />
        <source>{unit} and the units below it</source>
        <translation>{unit} (gồm các đơn vị trực thuộc)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="72" />
        <source>The whole organisation</source>
        <translation>Toàn đảng bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="79" />
        <source>Increase and decrease</source>
        <translation>Tăng, giảm đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="80" />
        <source>Profile of the members</source>
        <translation>Chất lượng đội ngũ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="81" />
        <source>Admission rate</source>
        <translation>Tỷ lệ kết nạp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="85" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="88" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="106" />
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="134" />
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="159" />
        <source>&amp;Compute</source>
        <translation>Tín&amp;h</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="108" />
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="110" />
        <source>&amp;to</source>
        <translation>đế&amp;n ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="137" />
        <source>On the &amp;date</source>
        <translation>Tính đến &amp;ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="156" />
        <source>31 December of the previous year</source>
        <translation>ngày 31/12 năm trước</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="158" />
        <source>1 January of the year</source>
        <translation>ngày 01/01 của năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="163" />
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="164" />
        <source>Compared with the members &amp;on</source>
        <translation>&amp;So với số đảng viên có đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="215" />
        <source>Computing the statistics…</source>
        <translation>Đang tính số liệu thống kê…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="223" />
        <source>The figures do not add up: start + increase − decrease = {expected}, but {actual} members are on the roll at the end.</source>
        <translation>Số liệu không khớp: đầu kỳ + tăng − giảm = {expected}, nhưng cuối kỳ có {actual} đảng viên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="234" />
        <source>{names} and {count} more</source>
        <translation>{names} và {count} người khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="237" />
        <source>The recorded history of these members does not explain their presence on the roll; check their status changes and transfers: {names}.</source>
        <translation>Quá trình đã ghi của các đảng viên sau không giải thích được việc có hay không có tên trong danh sách; hãy kiểm tra các lần thay đổi trạng thái và chuyển sinh hoạt của: {names}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="261" />
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="261" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="276" />
        <source>The figures were saved to:
{path}</source>
        <translation>Đã lưu số liệu thống kê vào tệp:
{path}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="316" />
        <source>“{text}” is not a date; write it as dd/mm/yyyy.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/statistics_dialog.py" line="333" />
        <source>The period ends before it starts; please check the dates.</source>
        <translation>Ngày cuối kỳ trước ngày đầu kỳ; xin kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="405" />
        <source>Edit a status change</source>
        <translation>Sửa lần đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="405" />
        <source>Change the status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="409" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="417" />
        <source>e.g. 15-QĐ/ĐU</source>
        <translation>ví dụ: 15-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="419" />
        <source>e.g. Tuổi cao, sức yếu</source>
        <translation>ví dụ: Tuổi cao, sức yếu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="420" />
        <source>Current status</source>
        <translation>Trạng thái hiện nay</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="421" />
        <source>New &amp;status *</source>
        <translation>Trạng thái &amp;mới *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="422" />
        <source>&amp;From *</source>
        <translation>&amp;Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="423" />
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="424" />
        <source>N&amp;ote</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>StickBackupDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="45" />
        <source>Back up to a USB stick</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="49" />
        <source>The backup is sealed with a password: without it nobody can read the file, so the stick may be carried and kept elsewhere. Keep the password safe: without it the backup cannot be opened, by anyone.</source>
        <translation>Bản sao lưu được khóa bằng mật khẩu: không có mật khẩu thì không ai đọc được tệp, nên có thể mang USB đi và cất ở nơi khác. Hãy giữ kỹ mật khẩu: mất mật khẩu thì không ai mở được bản sao lưu này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="61" />
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="62" />
        <source>Type it &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="63" />
        <source>At least {min} characters.</source>
        <translation>Ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="67" />
        <source>&amp;Write to the stick</source>
        <translation>&amp;Ghi vào USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="70" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="76" />
        <source>Write it to:</source>
        <translation>Ghi vào:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="92" />
        <source>The two passwords are not the same; type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; hãy nhập lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="95" />
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="103" />
        <source>Writing the backup to the stick…</source>
        <translation>Đang ghi bản sao lưu vào USB…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/stick_backup_dialog.py" line="114" />
        <source>Done: {file} ({size}) was written to {folder} and read back correctly. Remove the stick safely and keep it apart from this computer.</source>
        <translation>Xong: đã ghi {file} ({size}) vào {folder} và đọc lại kiểm tra thấy đúng. Hãy rút USB an toàn và cất ở nơi khác, tách khỏi máy tính này.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="14" />
        <source>Ask the sender to write the package again.</source>
        <translation>Hãy đề nghị nơi gửi ghi lại gói.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="16" />
        <source>{file}: not a Chi bộ Desktop package, or badly damaged; check the file chosen.</source>
        <translation>{file}: không phải gói dữ liệu Chi bộ Desktop, hoặc đã hỏng nặng; hãy kiểm tra lại tệp đã chọn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="19" />
        <source>{file}: the file is incomplete (the stick may have been pulled out while it was being written).</source>
        <translation>{file}: tệp không đầy đủ (có thể USB bị rút ra khi đang ghi).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="24" />
        <source>{file}: the file has extra data at its end; it may have been tampered with.</source>
        <translation>{file}: tệp có thêm dữ liệu lạ ở cuối; có thể đã bị sửa đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="27" />
        <source>{file}: the package is damaged.</source>
        <translation>{file}: gói dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="28" />
        <source>{file}: the package's content is damaged.</source>
        <translation>{file}: nội dung gói dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="29" />
        <source>{file}: made by a newer version of Chi bộ Desktop; update the program, then import it again.</source>
        <translation>{file}: được tạo bởi phiên bản Chi bộ Desktop mới hơn; hãy cập nhật chương trình rồi nhận lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="34" />
        <source>{file}: larger than any package can be; it was not opened.</source>
        <translation>{file}: lớn hơn mức một gói dữ liệu được phép; không mở tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="37" />
        <source>{file}: its content unpacks to more than any package can hold; it was not read.</source>
        <translation>{file}: nội dung khi giải nén vượt quá mức một gói được phép; không đọc tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="40" />
        <source>{file}: the package is addressed to another office; it cannot be opened here.</source>
        <translation>{file}: gói này gửi cho cơ quan khác; không mở được ở đây.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="43" />
        <source>{file}: the signature does not match: the file was changed or damaged after it was written. Do not use it.</source>
        <translation>{file}: chữ ký không khớp: tệp đã bị sửa hoặc hỏng sau khi ghi. Không dùng tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="48" />
        <source>{file}: the package cannot be opened with this office's key.</source>
        <translation>{file}: không mở được gói bằng khóa của cơ quan này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="51" />
        <source>{file}: signed with a key that was revoked. The sender must make new keys and send their enrolment file.</source>
        <translation>{file}: được ký bằng khóa đã bị thu hồi. Nơi gửi phải tạo khóa mới và gửi tệp đăng ký của mình.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="56" />
        <source>{file}: signed with the key of another office; it was not opened.</source>
        <translation>{file}: được ký bằng khóa của cơ quan khác; không mở tệp này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="59" />
        <source>{file}: the sender now says it owns another unit than before; nothing was applied. Check with the sender.</source>
        <translation>{file}: nơi gửi nay ghi là quản lý đơn vị khác với trước; không nhận gì. Hãy hỏi lại nơi gửi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="64" />
        <source>{file}: the sender has not set up its own unit; nothing was applied.</source>
        <translation>{file}: nơi gửi chưa thiết lập đơn vị của mình; không nhận gì.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="67" />
        <source>{file}: this kind of package is not for this office (a commune sends data to its upper level and transferring members to other communes; the upper level sends receipts and decisions back).</source>
        <translation>{file}: loại gói này không dành cho cơ quan này (xã gửi dữ liệu lên cấp trên và gửi hồ sơ đảng viên chuyển đi cho xã khác; cấp trên gửi giấy xác nhận và quyết định xuống).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="73" />
        <source>Only an upper level sends decisions down to its communes.</source>
        <translation>Chỉ cấp trên mới gửi quyết định xuống các xã.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="76" />
        <source>Only a commune writes a transfer package, for the commune a member moves to.</source>
        <translation>Chỉ xã mới ghi gói chuyển sinh hoạt, gửi cho xã mà đảng viên chuyển đến.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="79" />
        <source>This office does not exchange data with that one yet: install its enrolment file first.</source>
        <translation>Cơ quan này chưa trao đổi dữ liệu với cơ quan đó: hãy cài tệp đăng ký của cơ quan đó trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="83" />
        <source>A transfer package goes to the commune the member moves to: install that commune's enrolment file, then choose it.</source>
        <translation>Gói chuyển sinh hoạt gửi cho xã mà đảng viên chuyển đến: hãy cài tệp đăng ký của xã đó rồi chọn xã đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="88" />
        <source>Choose an official transfer out of a member of this commune: only such a transfer takes the member's record to another commune.</source>
        <translation>Hãy chọn một lần chuyển sinh hoạt chính thức đi khỏi xã: chỉ khi đó hồ sơ đảng viên mới được chuyển sang xã khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="93" />
        <source>{file}: {count} of the member's records could not be applied cleanly; nothing was applied. Ask the sending commune to write the transfer package again.</source>
        <translation>{file}: {count} bản ghi của đảng viên không nhận được trọn vẹn; chưa nhận gì. Đề nghị xã chuyển đi ghi lại gói chuyển sinh hoạt.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="147" />
        <source>{file}: the enrolment file of another upper level; an upper level installs the files of communes only.</source>
        <translation>{file}: đây là tệp đăng ký của một cơ quan cấp trên khác; cấp trên chỉ cài tệp đăng ký của các xã.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="98" />
        <source>{file}: this program cannot apply packages of this kind yet.</source>
        <translation>{file}: chương trình chưa nhận được loại gói này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="101" />
        <source>{file}: the file cannot be read; the stick may have been removed.</source>
        <translation>{file}: không đọc được tệp; có thể USB đã bị rút ra.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="104" />
        <source>This office has no upper level to send to yet: install the upper level's enrolment file first.</source>
        <translation>Cơ quan chưa có cấp trên để gửi: hãy cài tệp đăng ký của cấp trên trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="109" />
        <source>There is no valid key for {site}; install its newest enrolment file.</source>
        <translation>Không có khóa còn hiệu lực của {site}; hãy cài tệp đăng ký mới nhất của {site}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="112" />
        <source>The stick in {folder} is full: delete old files from it or use another stick.</source>
        <translation>USB ở {folder} đã đầy: hãy xóa bớt tệp cũ hoặc dùng USB khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="115" />
        <source>Cannot write to {folder}: the stick is write-protected or the folder is read-only. Slide the stick's lock off or choose another folder.</source>
        <translation>Không ghi được vào {folder}: USB đang bị khóa ghi hoặc thư mục chỉ cho đọc. Hãy gạt mở khóa USB hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="120" />
        <source>{folder} is no longer there: the stick was removed. Put it back and try again.</source>
        <translation>Không còn thấy {folder}: USB đã bị rút ra. Hãy cắm lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="123" />
        <source>The folder {folder} does not exist; choose another place to write to.</source>
        <translation>Thư mục {folder} không tồn tại; hãy chọn nơi khác để ghi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="126" />
        <source>Could not write to {folder}; try again or choose another folder.</source>
        <translation>Không ghi được vào {folder}; hãy thử lại hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="129" />
        <source>{file} did not read back as it was written: the stick may be failing. Use another stick.</source>
        <translation>{file} đọc lại không đúng như đã ghi: USB có thể bị lỗi. Hãy dùng USB khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="133" />
        <source>{file}: not an enrolment file of Chi bộ Desktop.</source>
        <translation>{file}: không phải tệp đăng ký của Chi bộ Desktop.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="136" />
        <source>{file}: made by a newer version of Chi bộ Desktop; update the program.</source>
        <translation>{file}: được tạo bởi phiên bản Chi bộ Desktop mới hơn; hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="139" />
        <source>{file}: the enrolment file is damaged.</source>
        <translation>{file}: tệp đăng ký bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="140" />
        <source>{file}: the enrolment file was changed after it was written; ask for a new one.</source>
        <translation>{file}: tệp đăng ký đã bị sửa sau khi ghi; hãy xin tệp mới.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="144" />
        <source>{file}: this is this office's own enrolment file.</source>
        <translation>{file}: đây là tệp đăng ký của chính cơ quan này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="152" />
        <source>No such key is known for this office.</source>
        <translation>Không có khóa này trong danh sách của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="153" />
        <source>This conflict has already been decided.</source>
        <translation>Xung đột này đã được quyết định.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="154" />
        <source>The package's version cannot be used (it is damaged, or points at a record that is not here); keep the version here.</source>
        <translation>Không dùng được phiên bản trong gói (bị hỏng, hoặc gắn với một bản ghi không có ở đây); hãy giữ phiên bản đang có.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="159" />
        <source>This database has no office set up yet; set it up first.</source>
        <translation>Cơ sở dữ liệu chưa thiết lập cơ quan; hãy thiết lập trước.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/sync_texts.py" line="162" />
        <source>This database already has its office set up.</source>
        <translation>Cơ sở dữ liệu đã được thiết lập cơ quan.</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="60" />
        <source>Write the transfer package</source>
        <translation>Ghi gói chuyển sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="62" />
        <source>Send decisions down to a commune</source>
        <translation>Gửi quyết định xuống xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="64" />
        <source>Send data to the upper level</source>
        <translation>Gửi dữ liệu lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="78" />
        <source>The package holds the record and history of the member moving to {organisation}, sealed for the commune chosen below: only it can read the package. That commune applies it (Receive data) and takes the member onto its roll when the letter is presented.</source>
        <translation>Gói chứa hồ sơ và quá trình của đảng viên chuyển đến {organisation}, được niêm phong cho xã chọn dưới đây: chỉ xã đó đọc được. Xã đó nhận gói (Nhận dữ liệu) và đưa đảng viên vào danh sách khi đảng viên nộp giấy giới thiệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="86" />
        <source>Install the enrolment file of the commune the member moves to first (Data exchange → Install an enrolment file).</source>
        <translation>Hãy cài tệp đăng ký của xã mà đảng viên chuyển đến trước (Trao đổi dữ liệu → Cài tệp đăng ký).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="93" />
        <source>The package holds this office's decisions on the chosen commune's levels and its cells' (all of them: the commune keeps the newest). Receipts carry them down too.</source>
        <translation>Gói dữ liệu chứa các quyết định xếp loại của cơ quan này đối với xã được chọn và các chi bộ của xã (tất cả: xã giữ quyết định mới nhất). Biên nhận gửi xuống cũng mang theo các quyết định này.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="99" />
        <source>No commune has sent a package here yet: decisions go to the communes whose data this office holds.</source>
        <translation>Chưa có xã nào gửi gói dữ liệu lên đây: quyết định chỉ gửi được cho các xã mà cơ quan này đang giữ dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="106" />
        <source>This office has no upper level to send to yet. Install the upper level's enrolment file first (menu Data exchange).</source>
        <translation>Cơ quan chưa có cấp trên để gửi. Hãy cài tệp đăng ký của cấp trên trước (trình đơn Trao đổi dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="113" />
        <source>The package for {upper} will hold all this office's data: no receipt has come back from it yet.</source>
        <translation>Gói gửi {upper} sẽ chứa toàn bộ dữ liệu của cơ quan: chưa nhận được giấy xác nhận nào của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="120" />
        <source>The package for {upper} will hold what changed since it last confirmed receiving our data, on {date}.</source>
        <translation>Gói gửi {upper} sẽ chứa những gì thay đổi từ lần cấp trên xác nhận đã nhận dữ liệu gần nhất, ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="124" />
        <source>Write it to:</source>
        <translation>Ghi vào:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="127" />
        <source>Send &amp;everything, not only the changes</source>
        <translation>Gửi &amp;toàn bộ dữ liệu, không chỉ phần thay đổi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="131" />
        <source>&amp;Write to the stick</source>
        <translation>&amp;Ghi vào USB</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="168" />
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="176" />
        <source>Writing the package to the stick…</source>
        <translation>Đang ghi gói dữ liệu vào USB…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_export_dialog.py" line="186" />
        <source>Done: package {number} was written to {path} and read back correctly. It holds {records} records. Remove the stick safely, then take it to {upper}.</source>
        <translation>Xong: đã ghi gói số {number} vào {path} và đọc lại đúng. Gói chứa {records} bản ghi. Hãy rút USB an toàn rồi mang lên {upper}.</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="101" />
        <source>Receive data</source>
        <translation>Nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="105" />
        <source>Choose the package files (*.chibo) from the USB stick, or a whole folder. Nothing is changed until you press Apply.</source>
        <translation>Chọn các tệp gói dữ liệu (*.chibo) trên USB, hoặc cả một thư mục. Chưa có gì thay đổi cho đến khi đồng chí bấm Nhận vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="110" />
        <source>Choose &amp;files…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="112" />
        <source>Choose a &amp;folder…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="123" />
        <source>A first package from an office is applied only after you have compared its key fingerprint with the one the sender printed or read out to you. When they are the same, tick “Checked” on its row.</source>
        <translation>Gói dữ liệu đầu tiên của một cơ quan chỉ được nhận vào sau khi đồng chí đã so dấu vân tay khóa của gói với dấu vân tay khóa mà nơi gửi đã in hoặc đọc cho đồng chí. Nếu trùng khớp, hãy đánh dấu “Đã đối chiếu” ở dòng của gói đó.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="136" />
        <source>No package chosen yet. Put the USB stick in, then press “Choose files…” or “Choose a folder…”. Each package will be listed here with what it brings.</source>
        <translation>Chưa chọn gói dữ liệu nào. Hãy cắm USB vào máy, rồi bấm “Chọn tệp…” hoặc “Chọn thư mục…”. Mỗi gói sẽ được liệt kê ở đây cùng với những gì gói mang đến.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="152" />
        <source>&amp;Apply</source>
        <translation>&amp;Nhận vào</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="155" />
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="177" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="178" />
        <source>Sent by</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="179" />
        <source>Package no.</source>
        <translation>Gói số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="180" />
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="181" />
        <source>What it does</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="182" />
        <source>Fingerprint checked</source>
        <translation>Đã đối chiếu dấu vân tay</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="211" />
        <source>Choose the package files</source>
        <translation>Chọn các tệp gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="213" />
        <source>Chi bộ Desktop packages (*{suffix})</source>
        <translation>Gói dữ liệu Chi bộ Desktop (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="220" />
        <source>Choose the folder with the packages</source>
        <translation>Chọn thư mục chứa các gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="244" />
        <source>There are no package files (*{suffix}) in {folder}.</source>
        <translation>Không có tệp gói dữ liệu nào (*{suffix}) trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="266" />
        <source>Checking the packages…</source>
        <translation>Đang kiểm tra các gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="308" />
        <source>Applying the packages…</source>
        <translation>Đang nhận các gói dữ liệu vào…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="401" />
        <source>Checked</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="405" />
        <source>Tick when the sender's fingerprint is the same: {fingerprint}</source>
        <translation>Đánh dấu khi dấu vân tay khóa của nơi gửi trùng với: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="448" />
        <source>Not applied (stopped).</source>
        <translation>Chưa nhận (đã dừng).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="450" />
        <source>Not checked (stopped). Add it again to check it.</source>
        <translation>Chưa kiểm tra (đã dừng). Chọn lại tệp này để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="452" />
        <source>Already received on {date} — nothing changes.</source>
        <translation>Đã nhận ngày {date} — không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="457" />
        <source>First package from this office: check its key fingerprint {fingerprint} with the sender.</source>
        <translation>Gói đầu tiên của cơ quan này: hãy đối chiếu dấu vân tay khóa {fingerprint} với nơi gửi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="466" />
        <source>Applied: the upper level confirms it holds this office's data.</source>
        <translation>Đã nhận vào: cấp trên xác nhận đã có dữ liệu của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="468" />
        <source>A receipt from the upper level: ready to apply.</source>
        <translation>Giấy xác nhận của cấp trên: sẵn sàng nhận vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="471" />
        <source>Applied.</source>
        <translation>Đã nhận vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="471" />
        <source>Ready to apply.</source>
        <translation>Sẵn sàng nhận vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="474" />
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</source>
        <translation>{new} mới, {updated} cập nhật, {unchanged} không đổi, {conflicts} xung đột</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="482" />
        <source>Applied: {counts}.</source>
        <translation>Đã nhận vào: {counts}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="483" />
        <source>Will apply: {counts}.</source>
        <translation>Sẽ nhận vào: {counts}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="494" />
        <source>Packages applied: {count}.</source>
        <translation>Đã nhận vào {count} gói dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="496" />
        <source>Nothing new was applied.</source>
        <translation>Không có gì mới được nhận vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="502" />
        <source>Receipts for the senders were written to {folder}: take them back on the stick.</source>
        <translation>Giấy xác nhận gửi lại nơi gửi đã được ghi vào {folder}: hãy mang USB này về cho nơi gửi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="510" />
        <source>Stopped before {count} packages: they were not applied. Press Apply to apply them.</source>
        <translation>Đã dừng trước {count} gói dữ liệu: các gói này chưa được nhận. Bấm “Nhận vào” để nhận tiếp.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="522" />
        <source>Packages {numbers} from {sender} never arrived: ask it for a full package.</source>
        <translation>Chưa nhận được gói số {numbers} của {sender}: hãy đề nghị nơi đó gửi gói đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/sync_import_dialog.py" line="531" />
        <source>Packages refused: {count} (see the red lines above).</source>
        <translation>Số gói bị từ chối: {count} (xem các dòng màu đỏ ở trên).</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="19" />
        <source>{name}: probation ends {due}; the cell votes on recognition by {recognise_by}</source>
        <translation>{name}: hết thời gian dự bị ngày {due}; chi bộ xét công nhận chính thức trước ngày {recognise_by}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="22" />
        <source>{name}: recognition as official member overdue since {due}</source>
        <translation>{name}: quá hạn xét công nhận chính thức từ ngày {due}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="25" />
        <source>{name}: awareness course certificate expires {due}</source>
        <translation>{name}: giấy chứng nhận lớp bồi dưỡng hết hạn ngày {due}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="28" />
        <source>{name}: admission ceremony due by {due}</source>
        <translation>{name}: phải tổ chức lễ kết nạp trước ngày {due}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="29" />
        <source>{name}: transfer letter to be presented by {due}</source>
        <translation>{name}: phải nộp giấy giới thiệu chuyển sinh hoạt trước ngày {due}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="32" />
        <source>{name}: not arrived 3 months after the transfer ({organisation}) — report it</source>
        <translation>{name}: quá 3 tháng chưa đến nhận sinh hoạt ({organisation}) — cần báo cáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="35" />
        <source>{name}: transfer started after the 60 working days (due {due})</source>
        <translation>{name}: làm thủ tục chuyển sinh hoạt quá 60 ngày làm việc (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="38" />
        <source>{name}: temporary transfer ended {due} — has the member come back?</source>
        <translation>{name}: hết hạn sinh hoạt tạm thời ngày {due} — đồng chí đã trở về chưa?</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="41" />
        <source>{name}: {years}-year Party badge due on {due}</source>
        <translation>{name}: đến hạn Huy hiệu {years} năm tuổi Đảng ngày {due}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="42" />
        <source>{name}: only {count} official members (at least 3 needed)</source>
        <translation>{name}: chỉ có {count} đảng viên chính thức (cần ít nhất 3)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="79" />
        <source>To do: {count} (overdue: {overdue})</source>
        <translation>Việc cần làm: {count} (quá hạn: {overdue})</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/todo_panel.py" line="82" />
        <source>Nothing is due.</source>
        <translation>Không có việc nào đến hạn.</translation>
    </message>
</context>
<context>
    <name>TopicRows</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="156" />
        <source>Add a &amp;topic</source>
        <translation>&amp;Thêm chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="169" />
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="171" />
        <source>Month of the thematic meeting</source>
        <translation>Tháng sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="175" />
        <source>e.g. Studying and following Hồ Chí Minh's thought, ethics and style</source>
        <translation>ví dụ: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="177" />
        <source>Topic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/meeting_plan_dialog.py" line="178" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="36" />
        <source>Member transferring in</source>
        <translation>Đảng viên chuyển đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="38" />
        <source>Transfer of {name}</source>
        <translation>Chuyển sinh hoạt đảng của {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="45" />
        <source>Official transfer</source>
        <translation>Chuyển sinh hoạt chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="46" />
        <source>Temporary transfer</source>
        <translation>Chuyển sinh hoạt tạm thời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="49" />
        <source>Into the commune</source>
        <translation>Chuyển đến xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="51" />
        <source>Out of the commune</source>
        <translation>Chuyển ra ngoài xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="53" />
        <source>To another cell of the commune</source>
        <translation>Sang chi bộ khác trong xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="62" />
        <source>e.g. Đảng bộ phường Hà Đông, TP Hà Nội</source>
        <translation>ví dụ: Đảng bộ phường Hà Đông, TP Hà Nội</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="69" />
        <source>For study (may last up to 2 years)</source>
        <translation>Đi học (được đến 2 năm)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="74" />
        <source>&amp;Kind</source>
        <translation>Hình &amp;thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="75" />
        <source>&amp;Direction</source>
        <translation>&amp;Hướng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="77" />
        <source>&amp;Name of the member *</source>
        <translation>&amp;Họ tên đảng viên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="78" />
        <source>&amp;Receiving cell</source>
        <translation>Chi bộ &amp;tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="79" />
        <source>Other &amp;Party organisation</source>
        <translation>Tổ chức đảng &amp;nơi đi/nơi đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="80" />
        <source>Letter &amp;issued on *</source>
        <translation>Ngày &amp;cấp giấy giới thiệu *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="81" />
        <source>&amp;Moved (home or work) on</source>
        <translation>Ngà&amp;y chuyển nơi ở/nơi công tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="82" />
        <source>Letter &amp;presented on</source>
        <translation>Ngày &amp;nộp giấy giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="83" />
        <source>&amp;Temporary until</source>
        <translation>Tạm thời &amp;đến ngày</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="85" />
        <source>Letter &amp;number</source>
        <translation>&amp;Số giấy giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/transfer_dialog.py" line="86" />
        <source>N&amp;ote</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="30" />
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="31" />
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="32" />
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="33" />
        <source>Origin</source>
        <translation>Nơi đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="34" />
        <source>Destination</source>
        <translation>Nơi đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="35" />
        <source>Letter issued</source>
        <translation>Ngày cấp giấy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="36" />
        <source>Presented / returned</source>
        <translation>Ngày nộp giấy / trở về</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="37" />
        <source>Temporary until</source>
        <translation>Tạm thời đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="75" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="77" />
        <source>Temporary</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="79" />
        <source>In</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="80" />
        <source>Out</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/transfer_table_model.py" line="81" />
        <source>Between cells</source>
        <translation>Giữa các chi bộ</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="72" />
        <source>Only transfers not yet completed</source>
        <translation>Chỉ những trường hợp chưa xong</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="75" />
        <source>Member &amp;transferring in…</source>
        <translation>Đảng viên &amp;chuyển đến…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="77" />
        <source>Letter &amp;presented…</source>
        <translation>Đã &amp;nộp giấy giới thiệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="79" />
        <source>The member presented the transfer letter at the receiving cell</source>
        <translation>Đảng viên đã nộp giấy giới thiệu tại chi bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="82" />
        <source>&amp;Came back…</source>
        <translation>Đã &amp;trở về…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="83" />
        <source>A temporary transfer has ended</source>
        <translation>Kết thúc sinh hoạt tạm thời</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="85" />
        <source>Write the transfer pac&amp;kage…</source>
        <translation>Ghi &amp;gói chuyển sinh hoạt…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="88" />
        <source>The member's record and history on a USB stick, for the commune they move to (an official transfer out)</source>
        <translation>Hồ sơ và quá trình của đảng viên ghi ra USB, gửi cho xã mà đảng viên chuyển đến (chuyển sinh hoạt chính thức đi)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="131" />
        <source>Every transfer is completed.
Untick “Only transfers not yet completed” to see them all.</source>
        <translation>Mọi trường hợp chuyển sinh hoạt đã xong.
Bỏ chọn “Chỉ những trường hợp chưa xong” để xem tất cả.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="138" />
        <source>No transfer yet.
A member coming from elsewhere: click “Member transferring in…”.
A member leaving: choose them in the Members tab, then click “Transfer…”.</source>
        <translation>Chưa có trường hợp chuyển sinh hoạt nào.
Đảng viên từ nơi khác chuyển đến: bấm “Đảng viên chuyển đến…”.
Đảng viên chuyển đi: chọn người đó ở tab Đảng viên, rồi bấm “Chuyển sinh hoạt…”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="145" />
        <source>{count} transfers, {open} not completed, {overdue} overdue</source>
        <translation>{count} trường hợp, {open} chưa xong, {overdue} quá hạn</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="188" />
        <source>Letter presented</source>
        <translation>Nộp giấy giới thiệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="189" />
        <source>Date the letter was presented (dd/mm/yyyy):</source>
        <translation>Ngày nộp giấy giới thiệu (ngày/tháng/năm):</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="198" />
        <source>The cell the member joins:</source>
        <translation>Chi bộ đảng viên sinh hoạt:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="238" />
        <source>Came back</source>
        <translation>Trở về</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/transfers_tab.py" line="238" />
        <source>Date of return (dd/mm/yyyy):</source>
        <translation>Ngày trở về (ngày/tháng/năm):</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="25" />
        <source>New unit under {name}</source>
        <translation>Thêm đơn vị trực thuộc {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="30" />
        <source>e.g. Chi bộ thôn Đông</source>
        <translation>ví dụ: Chi bộ thôn Đông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="38" />
        <source>made from the name if left empty</source>
        <translation>để trống sẽ tự tạo từ tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="45" />
        <source>&amp;Name *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="46" />
        <source>&amp;Level</source>
        <translation>&amp;Cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="47" />
        <source>&amp;Type of cell</source>
        <translation>&amp;Loại hình chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="48" />
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="49" />
        <source>&amp;Founded on</source>
        <translation>Ngày thành lậ&amp;p</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="26" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
</context>
<context>
    <name>UnitEvaluationForm</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="172" />
        <source>The cell's own level</source>
        <translation>Xếp loại chất lượng chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="172" />
        <source>The commune's own level</source>
        <translation>Xếp loại chất lượng đảng bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="174" />
        <source>— not assessed yet —</source>
        <translation>— chưa tự xếp loại —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="175" />
        <source>— not decided yet —</source>
        <translation>— chưa quyết định —</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="176" />
        <source>Newly formed: not classified this year</source>
        <translation>Mới thành lập: không xếp loại năm nay</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="178" />
        <source>e.g. Decision no. 25-QĐ/ĐU of 20/12/2026</source>
        <translation>ví dụ: Quyết định số 25-QĐ/ĐU ngày 20/12/2026</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="180" />
        <source>e.g. Decision no. 112-QĐ/TU</source>
        <translation>vd. Quyết định số 112-QĐ/TU</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="184" />
        <source>Record the &amp;decision</source>
        <translation>&amp;Ghi quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="186" />
        <source>&amp;Save the cell's level</source>
        <translation>&amp;Lưu xếp loại chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="188" />
        <source>Save the commune's &amp;level</source>
        <translation>&amp;Lưu xếp loại đảng bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="199" />
        <source>Level &amp;decided</source>
        <translation>Mức được q&amp;uyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="201" />
        <source>Decided by the commune &amp;committee</source>
        <translation>Đảng ủy xã &amp;quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="203" />
        <source>Decided by the &amp;upper level</source>
        <translation>Cấp trên &amp;quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="204" />
        <source>Decision allowing a higher &amp;cap</source>
        <translation>Quyết định cho phép &amp;vượt tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="209" />
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="217" />
        <source>Self-&amp;assessed</source>
        <translation>Tự xế&amp;p loại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="211" />
        <source>Decisio&amp;n</source>
        <translation>Số &amp;quyết định</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="212" />
        <source>Decision da&amp;te</source>
        <translation>Ngày quyết địn&amp;h</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="213" />
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="220" />
        <source>N&amp;otes</source>
        <translation>Ghi c&amp;hú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="259" />
        <source>The upper level's decision allowing up to {cap}% of {level} (the ordinary cap is {ordinary}%); leave it empty when there is none.</source>
        <translation>Quyết định của cấp trên cho phép số {level} đến {cap}% (tỷ lệ thông thường là {ordinary}%); để trống nếu không có.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="303" />
        <source>Not decided yet. Once recorded, the decision goes down to the commune with the next receipt, or at once (Data exchange → Send decisions down).</source>
        <translation>Chưa quyết định. Khi đã ghi, quyết định được gửi xuống xã cùng biên nhận tiếp theo, hoặc gửi ngay (Trao đổi dữ liệu → Gửi quyết định xuống xã).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="312" />
        <source>Recorded. It goes down to the commune with the next receipt, or at once (Data exchange → Send decisions down).</source>
        <translation>Đã ghi. Quyết định được gửi xuống xã cùng biên nhận tiếp theo, hoặc gửi ngay (Trao đổi dữ liệu → Gửi quyết định xuống xã).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="319" />
        <source>Decided by the upper level: {reference} of {date}. It arrived in a package and cannot be changed here.</source>
        <translation>Cấp trên đã quyết định: {reference} ngày {date}. Quyết định đến qua gói dữ liệu, ở đây không sửa được.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/evaluation_tab.py" line="169" />
        <source>The upper level's decision on the level</source>
        <translation>Quyết định xếp loại của cấp trên</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/unit_tree.py" line="22" />
        <source>Party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/unit_tree.py" line="63" />
        <source>{name} (dissolved {date})</source>
        <translation>{name} (giải thể {date})</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="114" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_record_dialogs.py" line="116" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>