<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../chibo_desktop/app.py" line="37" />
        <source>{path} was made by a newer version of Chi bộ Desktop (schema {found}). Please install the newer version.</source>
        <translation>{path} được tạo bởi phiên bản Chi bộ Desktop mới hơn (lược đồ {found}). Xin cài đặt phiên bản mới hơn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/app.py" line="42" />
        <source>{path} cannot be read as a Chi bộ Desktop database ({detail}). Check the file, or restore a backup.</source>
        <translation>Không đọc được {path} như một cơ sở dữ liệu Chi bộ Desktop ({detail}). Hãy kiểm tra lại tệp hoặc khôi phục bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../chibo_desktop/ui/operations.py" line="64" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="40" />
        <source>{path}: made by a newer version of the program (schema {found}); please update Chi bộ Desktop.</source>
        <translation>{path}: được tạo bởi phiên bản mới hơn của chương trình (lược đồ {found}); xin cập nhật Chi bộ Desktop.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="54" />
        <source>{path}: not a readable Chi bộ Desktop database ({detail}); check the file name or restore a backup.</source>
        <translation>{path}: không phải là cơ sở dữ liệu Chi bộ Desktop đọc được ({detail}); hãy kiểm tra lại tên tệp hoặc khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="68" />
        <source>Database upgraded; the old file was saved as {path}.</source>
        <translation>Đã nâng cấp cơ sở dữ liệu; tệp cũ được lưu tại {path}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="86" />
        <source>{path}: no problems found.</source>
        <translation>{path}: không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="90" />
        <source>{path}: {count} problems found:</source>
        <translation>{path}: phát hiện {count} lỗi:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="120" />
        <source>{path}: demo data created: {units} units, {members} members ({seconds:.1f} s).</source>
        <translation>{path}: đã tạo dữ liệu mẫu: {units} đơn vị, {members} đảng viên ({seconds:.1f} giây).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/console.py" line="134" />
        <source>Interrupted; nothing was changed.</source>
        <translation>Đã dừng; không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/date_field.py" line="25" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/widgets/date_field.py" line="29" />
        <source>Choose from a calendar</source>
        <translation>Chọn trên lịch</translation>
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
        <translation>&amp;Địa danh *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="73" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="74" />
        <source>Party &amp;organisation *</source>
        <translation>&amp;Tổ chức đảng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="76" />
        <source>Cells of the commune (you can add more later)</source>
        <translation>Các chi bộ trực thuộc (có thể thêm sau)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="78" />
        <source>Cell name</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="78" />
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="83" />
        <source>Add a &amp;row</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="95" />
        <source>Open with &amp;demo data</source>
        <translation>Mở với &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="97" />
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="100" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/first_run_dialog.py" line="160" />
        <source>Creating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="36" />
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="53" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="54" />
        <source>&amp;Check the data</source>
        <translation>&amp;Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="57" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="61" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="71" />
        <source>&amp;Find a member</source>
        <translation>Tìm đảng &amp;viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="75" />
        <source>&amp;Organisation</source>
        <translation>Tổ &amp;chức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="76" />
        <source>&amp;New unit under the selected one…</source>
        <translation>&amp;Thêm đơn vị trực thuộc đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="78" />
        <source>&amp;Rename the selected unit…</source>
        <translation>&amp;Đổi tên đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="80" />
        <source>&amp;Dissolve the selected unit…</source>
        <translation>&amp;Giải thể đơn vị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="83" />
        <source>Show dissolved units</source>
        <translation>Hiện cả đơn vị đã giải thể</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="90" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="91" />
        <source>&amp;About Chi bộ Desktop</source>
        <translation>&amp;Giới thiệu Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="99" />
        <source>&amp;Undo: {action}</source>
        <translation>&amp;Hoàn tác: {action}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="101" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="105" />
        <source>&amp;Redo: {action}</source>
        <translation>&amp;Làm lại: {action}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="107" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="138" />
        <source>commune office</source>
        <translation>văn phòng đảng ủy xã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="140" />
        <source>upper-level office</source>
        <translation>cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="177" />
        <source>Rename unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="178" />
        <source>New name for {name}:</source>
        <translation>Tên mới của {name}:</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="192" />
        <source>Dissolve unit</source>
        <translation>Giải thể đơn vị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="196" />
        <source>Date of the dissolution decision (dd/mm/yyyy):</source>
        <translation>Ngày quyết định giải thể (ngày/tháng/năm):</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="207" />
        <source>“{text}” is not a date; write it as dd/mm/yyyy.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="212" />
        <source>Dissolve {name}? It stays in the records (and in past reports) as dissolved. You can undo it (Ctrl+Z).</source>
        <translation>Giải thể {name}? Đơn vị vẫn được giữ trong hồ sơ (và trong các báo cáo trước đây) với trạng thái đã giải thể. Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="215" />
        <source>Dissolve</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="226" />
        <location filename="../../chibo_desktop/ui/main_window.py" line="228" />
        <source>Check the data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="228" />
        <source>No problems found.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="231" />
        <source>Checking the data…</source>
        <translation>Đang kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="237" />
        <source>About Chi bộ Desktop</source>
        <translation>Giới thiệu Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/main_window.py" line="239" />
        <source>Chi bộ Desktop {version}

The member roster, cell meetings and annual classification of a commune Party committee, fully offline.

Database: {path}</source>
        <translation>Chi bộ Desktop {version}

Quản lý đảng viên, sinh hoạt chi bộ và đánh giá, xếp loại hằng năm của đảng bộ xã, phường — hoạt động hoàn toàn không cần mạng.

Cơ sở dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="49" />
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="49" />
        <source>Add a member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="53" />
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="62" />
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="64" />
        <source>8 or 12 digits</source>
        <translation>8 hoặc 12 chữ số</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="98" />
        <source>Personal details</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="100" />
        <source>&amp;Full name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="101" />
        <source>O&amp;ther name</source>
        <translation>Tên &amp;gọi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="102" />
        <source>&amp;Gender</source>
        <translation>Giới &amp;tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="103" />
        <source>Date of &amp;birth *</source>
        <translation>&amp;Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="104" />
        <source>&amp;Ethnicity</source>
        <translation>&amp;Dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="105" />
        <source>&amp;Religion</source>
        <translation>Tôn &amp;giáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="106" />
        <source>Personal &amp;ID number</source>
        <translation>Số định &amp;danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="107" />
        <source>P&amp;hone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="109" />
        <source>Party membership</source>
        <translation>Thông tin đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="111" />
        <source>&amp;Cell *</source>
        <translation>&amp;Chi bộ *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="112" />
        <source>Party &amp;card number</source>
        <translation>Số thẻ đảng &amp;viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="113" />
        <source>&amp;Admission date *</source>
        <translation>Ngày &amp;vào Đảng *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="114" />
        <source>O&amp;fficial date</source>
        <translation>Ngày chính &amp;thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="115" />
        <source>&amp;Status</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="116" />
        <source>Status &amp;date</source>
        <translation>Ngày &amp;đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="117" />
        <source>&amp;Notes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="125" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/member_dialog.py" line="127" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/message_box.py" line="11" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/message_box.py" line="12" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="20" />
        <source>Chi bộ Desktop</source>
        <translation>Chi bộ Desktop</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="21" />
        <source>Something went wrong and nothing was changed. Details: {error}</source>
        <translation>Đã xảy ra lỗi và chưa có gì bị thay đổi. Chi tiết: {error}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="24" />
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="27" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="28" />
        <source>Other name</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="29" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="30" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="31" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="32" />
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="33" />
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="34" />
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="35" />
        <source>Admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="36" />
        <source>Official date</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="37" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="38" />
        <source>Status date</source>
        <translation>Ngày đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="39" />
        <location filename="../../chibo_desktop/ui/messages.py" line="220" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="40" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="41" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="42" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="43" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="44" />
        <source>Type of cell</source>
        <translation>Loại hình chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="45" />
        <source>Belongs to</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="46" />
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="47" />
        <source>Dissolved on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="48" />
        <source>Office name</source>
        <translation>Tên văn phòng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="49" />
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="50" />
        <source>Party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="51" />
        <source>Number of members</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="52" />
        <source>Number of cells</source>
        <translation>Số chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="53" />
        <source>Number of years</source>
        <translation>Số năm</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="57" />
        <source>{field}: this field is required; please fill it in.</source>
        <translation>{field}: bắt buộc phải nhập; xin điền vào.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="60" />
        <source>{field}: too long (at most {max} characters); please shorten it.</source>
        <translation>{field}: quá dài (tối đa {max} ký tự); xin rút gọn.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="63" />
        <source>{field}: write the family name and the given name (e.g. Nguyễn Văn An).</source>
        <translation>{field}: cần ghi đủ họ và tên (ví dụ: Nguyễn Văn An).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="66" />
        <source>{field}: “{value}” must contain digits only; please check it.</source>
        <translation>{field}: “{value}” chỉ được gồm chữ số; xin kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="69" />
        <source>{field}: must have {expected} digits, but {actual} were entered.</source>
        <translation>{field}: phải có {expected} chữ số, nhưng đã nhập {actual} chữ số.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="72" />
        <source>{field}: “{value}” is not a phone number (9 to 12 digits).</source>
        <translation>{field}: “{value}” không phải là số điện thoại (từ 9 đến 12 chữ số).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="75" />
        <source>{field}: {date} is in the future; please check the year.</source>
        <translation>{field}: ngày {date} là ngày trong tương lai; xin kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="78" />
        <source>{field}: {date} is before 1900; please check the year.</source>
        <translation>{field}: ngày {date} trước năm 1900; xin kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="81" />
        <source>{field}: the member would have been {age} years old when admitted; please check the date of birth and the admission date.</source>
        <translation>{field}: theo các ngày đã nhập, đảng viên mới {age} tuổi khi vào Đảng; xin kiểm tra lại ngày sinh và ngày vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="86" />
        <source>{field}: a member with an official date must have an admission date.</source>
        <translation>{field}: đảng viên đã có ngày chính thức thì phải có ngày vào Đảng.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="89" />
        <source>{field}: cannot be before the admission date ({admission}).</source>
        <translation>{field}: không được trước ngày vào Đảng ({admission}).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="92" />
        <source>{field}: enter the date the status “{status}” took effect.</source>
        <translation>{field}: xin nhập ngày bắt đầu trạng thái “{status}”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="95" />
        <source>{field}: “{unit}” is not a cell; members belong to a cell.</source>
        <translation>{field}: “{unit}” không phải là chi bộ; đảng viên phải sinh hoạt ở một chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="98" />
        <source>{field}: “{unit}” was dissolved on {on}; choose another cell.</source>
        <translation>{field}: “{unit}” đã giải thể ngày {on}; xin chọn chi bộ khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="101" />
        <source>{field}: {value} is already recorded for {other}; please check it.</source>
        <translation>{field}: số {value} đã được ghi cho đảng viên {other}; xin kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="104" />
        <source>{field}: “{value}” may contain only Latin letters, digits, “-”, “_” and “.”.</source>
        <translation>{field}: “{value}” chỉ được gồm chữ cái không dấu, chữ số, “-”, “_” và “.”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="108" />
        <source>{field}: {value} is already used by another unit; choose another code.</source>
        <translation>{field}: mã {value} đã được dùng cho đơn vị khác; xin chọn mã khác.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="111" />
        <source>{field}: “{parent}” is a cell and cannot contain other units.</source>
        <translation>{field}: “{parent}” là chi bộ, không thể có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="114" />
        <source>{field}: cannot be before the founding date.</source>
        <translation>{field}: không được trước ngày thành lập.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="117" />
        <source>{field}: must be between {min} and {max}.</source>
        <translation>{field}: phải nằm trong khoảng từ {min} đến {max}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="118" />
        <source>{field}: “{value}” is not a date; write it as dd/mm/yyyy, e.g. 05/02/1975.</source>
        <translation>{field}: “{value}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/02/1975.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="124" />
        <source>This record was changed by another action in the meantime; nothing was saved. Please open it again.</source>
        <translation>Hồ sơ này vừa được thay đổi bởi thao tác khác; chưa có gì được lưu. Xin mở lại hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="129" />
        <source>This member no longer exists (perhaps deleted); nothing was changed.</source>
        <translation>Đảng viên này không còn trong danh sách (có thể đã bị xóa); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="132" />
        <source>This unit no longer exists; nothing was changed.</source>
        <translation>Đơn vị này không còn; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="135" />
        <source>“{unit}” was already dissolved on {on}.</source>
        <translation>“{unit}” đã giải thể từ ngày {on}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="138" />
        <source>“{unit}” still has {count} members. Move them to another cell first, then dissolve it.</source>
        <translation>“{unit}” vẫn còn {count} đảng viên. Hãy chuyển họ sang chi bộ khác trước, rồi mới giải thể.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="142" />
        <source>“{unit}” still contains units that are not dissolved: {children}.</source>
        <translation>“{unit}” vẫn còn đơn vị trực thuộc chưa giải thể: {children}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="145" />
        <source>This database is already set up; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="151" />
        <source>The database file is damaged: {detail}. Restore the newest backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: {detail}. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="154" />
        <source>Table {table}, row {rowid}: refers to a missing record in {parent}.</source>
        <translation>Bảng {table}, dòng {rowid}: tham chiếu tới bản ghi không tồn tại trong bảng {parent}.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="157" />
        <source>This database has not been set up (no office is recorded).</source>
        <translation>Cơ sở dữ liệu này chưa được thiết lập (chưa có thông tin văn phòng).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="160" />
        <source>Table {table}: {count} records have no version stamp (written outside the program).</source>
        <translation>Bảng {table}: {count} bản ghi không có dấu phiên bản (đã bị ghi từ ngoài chương trình).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="164" />
        <source>Table {table}: {count} history entries are newer than their record.</source>
        <translation>Bảng {table}: {count} mục lịch sử mới hơn bản ghi hiện tại.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="167" />
        <source>{count} members are attached to a unit that is not a cell.</source>
        <translation>Có {count} đảng viên đang gắn với đơn vị không phải là chi bộ.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="170" />
        <source>{count} members have a status that differs from their newest status change.</source>
        <translation>Có {count} đảng viên có trạng thái khác với lần thay đổi trạng thái gần nhất.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="173" />
        <source>{count} members have search/sort keys that do not match their names.</source>
        <translation>Có {count} đảng viên có khóa tìm kiếm/sắp xếp không khớp với họ tên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="179" />
        <source>add member {subject}</source>
        <translation>thêm đảng viên {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="180" />
        <source>edit member {subject}</source>
        <translation>sửa đảng viên {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="181" />
        <source>delete member {subject}</source>
        <translation>xóa đảng viên {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="182" />
        <source>create unit {subject}</source>
        <translation>thêm đơn vị {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="183" />
        <source>rename unit {subject}</source>
        <translation>đổi tên đơn vị {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="184" />
        <source>dissolve unit {subject}</source>
        <translation>giải thể đơn vị {subject}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="188" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="189" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="192" />
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="193" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="196" />
        <source>Active</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="197" />
        <source>Exempt from Party work</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="198" />
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="199" />
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="200" />
        <source>Died</source>
        <translation>Đã từ trần</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="201" />
        <source>Struck off</source>
        <translation>Xóa tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="202" />
        <source>Expelled</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="203" />
        <source>Resigned</source>
        <translation>Xin ra khỏi Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="206" />
        <source>Residential</source>
        <translation>Khu dân cư</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="207" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="208" />
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="209" />
        <source>Health station</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="210" />
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="211" />
        <source>Military</source>
        <translation>Quân sự</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="212" />
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="213" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="216" />
        <source>Provincial committee</source>
        <translation>Tỉnh ủy, thành ủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="217" />
        <source>District committee</source>
        <translation>Huyện ủy, quận ủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="218" />
        <source>Commune committee</source>
        <translation>Đảng ủy xã, phường</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/messages.py" line="219" />
        <source>Partial committee</source>
        <translation>Đảng bộ bộ phận</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="9" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="10" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="11" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="12" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="13" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="14" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/qt_strings.py" line="15" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="52" />
        <source>Search by name (with or without tone marks), party card or ID number…</source>
        <translation>Tìm theo họ tên (có dấu hay không dấu đều được), số thẻ đảng hoặc số định danh…</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="60" />
        <source>Also show members who have left</source>
        <translation>Hiện cả đảng viên đã ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="100" />
        <source>&amp;Add member</source>
        <translation>&amp;Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="102" />
        <source>Add a member (Ctrl+N)</source>
        <translation>Thêm đảng viên (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="104" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="106" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="108" />
        <source>Delete the selected member (Del); can be undone</source>
        <translation>Xóa đảng viên đang chọn (Del); có thể hoàn tác</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="157" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n đảng viên</numerusform></translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="168" />
        <source>No member matches “{text}”.
Check the spelling or clear the search.</source>
        <translation>Không có đảng viên nào khớp với “{text}”.
Hãy kiểm tra lại chính tả hoặc xóa ô tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="172" />
        <source>{unit} has no members yet.
Click “Add member” (Ctrl+N) to add the first one.</source>
        <translation>{unit} chưa có đảng viên nào.
Bấm “Thêm đảng viên” (Ctrl+N) để nhập người đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="174" />
        <source>No members yet.
Choose a cell on the left, then click “Add member”.</source>
        <translation>Chưa có đảng viên nào.
Hãy chọn một chi bộ ở bên trái, rồi bấm “Thêm đảng viên”.</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="208" />
        <source>Delete member</source>
        <translation>Xóa đảng viên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="210" />
        <source>Delete {name} from the roster?

Use this for a record entered by mistake; for a member who left, change the status instead. You can undo it (Ctrl+Z).</source>
        <translation>Xóa {name} khỏi danh sách?

Chỉ dùng khi nhập nhầm hồ sơ; với đảng viên đã chuyển đi, từ trần… hãy đổi trạng thái. Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/tabs/roster_tab.py" line="213" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="50" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="51" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="52" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="53" />
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="54" />
        <source>Admitted</source>
        <translation>Vào Đảng</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="55" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="56" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/table_models/roster_table_model.py" line="57" />
        <source>Party card</source>
        <translation>Số thẻ đảng</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="32" />
        <source>New unit under {name}</source>
        <translation>Thêm đơn vị trực thuộc {name}</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="35" />
        <source>e.g. Chi bộ thôn Đông</source>
        <translation>ví dụ: Chi bộ thôn Đông</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="43" />
        <source>made from the name if left empty</source>
        <translation>để trống sẽ tự tạo từ tên</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="53" />
        <source>&amp;Name *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="54" />
        <source>&amp;Level</source>
        <translation>&amp;Cấp</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="55" />
        <source>&amp;Type of cell</source>
        <translation>&amp;Loại hình chi bộ</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="56" />
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="57" />
        <source>&amp;Founded on</source>
        <translation>Ngày thành &amp;lập</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="59" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="60" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../chibo_desktop/ui/dialogs/unit_dialog.py" line="72" />
        <source>Founded on: write the date as dd/mm/yyyy.</source>
        <translation>Ngày thành lập: hãy viết theo dạng ngày/tháng/năm.</translation>
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
</TS>