"""Catalogues used in member records (values stored as the Vietnamese names)."""

from __future__ import annotations

# The 54 ethnic groups of Viet Nam, in the order of the official list (Kinh first).
ETHNICITIES: tuple[str, ...] = (
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê",
    "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ",
    "Xtiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co",
    "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "Kháng", "La Chí", "Phù Lá", "La Hủ",
    "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La",
    "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
)  # fmt: skip

NO_RELIGION = "Không"
RELIGIONS: tuple[str, ...] = (
    NO_RELIGION, "Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Phật giáo Hòa Hảo", "Hồi giáo",
    "Bà-la-môn", "Tịnh độ cư sĩ Phật hội Việt Nam", "Bửu Sơn Kỳ Hương", "Tứ Ân Hiếu Nghĩa",
    "Minh Sư đạo", "Minh Lý đạo", "Khác",
)  # fmt: skip

# Giáo dục phổ thông: grades completed / grades of the school system. The north ran a 10-year
# system until 1981 and older members' files still say "7/10", so both systems are listed.
GENERAL_EDUCATION: tuple[str, ...] = (
    "12/12", "11/12", "10/12", "9/12", "8/12", "7/12", "6/12", "5/12",
    "10/10", "9/10", "8/10", "7/10", "6/10", "5/10",
)  # fmt: skip

# Chuyên môn, nghiệp vụ: the highest professional training, lowest first.
QUALIFICATIONS: tuple[str, ...] = (
    "Không", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ",
)  # fmt: skip
