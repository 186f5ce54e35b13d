-- programs: the national movements and campaigns had only their Vietnamese names, so filters and
-- checkboxes stayed Vietnamese in English and Hebrew. Names an administrator has given are kept.
update programs_reference_item set name_en = 'All people unite to build a cultural life',
       name_he = 'כל העם מתאחד לבניית חיי תרבות'
 where list = 'MOVEMENT' and code = 'DOI_SONG_VAN_HOA' and name_en is null;
update programs_reference_item set name_en = 'The whole country joins hands for the poor – leaving no one behind',
       name_he = 'המדינה כולה חוברת למען העניים – איש לא נשאר מאחור'
 where list = 'MOVEMENT' and code = 'VI_NGUOI_NGHEO' and name_en is null;
update programs_reference_item set name_en = 'All people protect the security of the Fatherland',
       name_he = 'כל העם שומר על ביטחון המולדת'
 where list = 'MOVEMENT' and code = 'BAO_VE_AN_NINH' and name_en is null;
update programs_reference_item set name_en = 'The whole country joins forces to build new rural areas',
       name_he = 'המדינה כולה חוברת לבניית הכפר החדש'
 where list = 'MOVEMENT' and code = 'NONG_THON_MOI' and name_en is null;
update programs_reference_item set name_en = 'Building civilized urban areas',
       name_he = 'בניית ערים מתורבתות'
 where list = 'MOVEMENT' and code = 'DO_THI_VAN_MINH' and name_en is null;
update programs_reference_item set name_en = 'Vietnamese people give priority to Vietnamese goods',
       name_he = 'וייטנאמים מעדיפים מוצרים וייטנאמיים'
 where list = 'MOVEMENT' and code = 'NGUOI_VIET_DUNG_HANG_VIET' and name_en is null;
update programs_reference_item set name_en = 'Studying and following Ho Chi Minh''s thought, morality and style',
       name_he = 'לימוד והליכה בדרך מחשבתו, מוסריותו וסגנונו של הו צ''י מין'
 where list = 'MOVEMENT' and code = 'HOC_TAP_LAM_THEO_BAC' and name_en is null;
update programs_reference_item set name_en = 'Skilled mass mobilization (Dân vận khéo)',
       name_he = 'גיוס המונים מיומן (Dân vận khéo)'
 where list = 'MOVEMENT' and code = 'DAN_VAN_KHEO' and name_en is null;
