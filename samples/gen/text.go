package main

// The generic sentences of the articles: what reports say besides who
// was there. Each is written for the generator. Placeholders in braces
// are filled per article (see gen.fill):
//
//	{Y} the event's year, {Y1} the next, {Yp} the previous one
//	{P} a growth rate (6,8), {Q} a percentage of a plan (80 to 125),
//	{R} a high rate (85,0 to 99,9), {S} a low rate (0,5 to 4,9)
//	{N} an amount in billions (1.200 to 48.000), {M} a count (5 to 300),
//	{K} a count in thousands (10 to 200), {Mo} a month
//	{tỉnh} the level of the province (tỉnh, thành phố)
//	{unit} the organization the article is about

// topic is what an event is about; it chooses the filler sentences.
type topic uint8

const (
	topicEconomy topic = iota
	topicEducation
	topicHealth
	topicAdmin
	topicInfra
	topicAgri
	topicCulture
	topicSocial
	topicForeign
	topicParty
	topicSession
	topicSecurity
	topicCount
)

var fillers = [topicCount][]string{
	topicEconomy: {
		"Năm {Y}, tốc độ tăng trưởng tổng sản phẩm trên địa bàn ước đạt {P}%, cao hơn mức bình quân chung của cả nước.",
		"Tổng thu ngân sách nhà nước trên địa bàn đạt {N} tỷ đồng, bằng {Q}% dự toán được giao.",
		"Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực, tỷ trọng công nghiệp và dịch vụ ngày càng tăng.",
		"Trong năm, {tỉnh} đã cấp mới giấy chứng nhận đăng ký đầu tư cho {M} dự án với tổng vốn đăng ký hơn {N} tỷ đồng.",
		"Công tác giải ngân vốn đầu tư công được tập trung chỉ đạo quyết liệt, tỷ lệ giải ngân đạt {Q}% kế hoạch.",
		"Môi trường đầu tư, kinh doanh tiếp tục được cải thiện; số doanh nghiệp thành lập mới tăng {P}% so với cùng kỳ.",
		"Kim ngạch xuất khẩu ước đạt {M} triệu USD, tăng {P}% so với năm trước.",
		"Tuy nhiên, một số chỉ tiêu chưa đạt kế hoạch; sản xuất, kinh doanh của một bộ phận doanh nghiệp còn gặp nhiều khó khăn.",
	},
	topicEducation: {
		"Năm học vừa qua, toàn ngành có thêm {M} trường đạt chuẩn quốc gia, nâng tỷ lệ trường đạt chuẩn lên {R}%.",
		"Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {R}%, cao hơn năm học trước.",
		"Đội ngũ nhà giáo và cán bộ quản lý giáo dục cơ bản đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục và đào tạo.",
		"Công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc ở tất cả các xã, phường, thị trấn.",
		"Cơ sở vật chất trường lớp được quan tâm đầu tư; {M} phòng học kiên cố đã được xây mới trong năm.",
		"Chất lượng giáo dục mũi nhọn có nhiều chuyển biến, học sinh của {tỉnh} đạt {M} giải tại kỳ thi chọn học sinh giỏi quốc gia.",
		"Công tác chuyển đổi số trong dạy và học được triển khai đồng bộ ở các cấp học.",
	},
	topicHealth: {
		"Trong năm, các cơ sở y tế trên địa bàn đã khám, điều trị cho hơn {K} nghìn lượt người bệnh.",
		"Tỷ lệ bao phủ bảo hiểm y tế đạt {R}% dân số, vượt chỉ tiêu được giao.",
		"Mạng lưới y tế cơ sở tiếp tục được củng cố, {R}% trạm y tế xã có bác sĩ làm việc.",
		"Ngành y tế đã triển khai hiệu quả các biện pháp phòng, chống dịch bệnh, không để dịch lớn xảy ra.",
		"Nhiều kỹ thuật chuyên sâu được triển khai thành công tại tuyến tỉnh, giảm tải cho các bệnh viện tuyến trên.",
		"Công tác chăm sóc sức khỏe ban đầu cho Nhân dân, nhất là người cao tuổi và trẻ em, được quan tâm thực hiện.",
		"Tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ đạt {R}%.",
		"Việc ứng dụng công nghệ thông tin trong khám, chữa bệnh và thanh toán bảo hiểm y tế được đẩy mạnh.",
	},
	topicAdmin: {
		"Công tác cải cách hành chính được đẩy mạnh, {R}% thủ tục hành chính được cung cấp trực tuyến.",
		"Việc sắp xếp tổ chức bộ máy theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả được thực hiện đúng lộ trình.",
		"Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước đạt {R}%.",
		"Công tác chuyển đổi số được triển khai đồng bộ, hạ tầng số và cơ sở dữ liệu dùng chung từng bước hoàn thiện.",
		"Kỷ luật, kỷ cương hành chính được siết chặt, tinh thần trách nhiệm của cán bộ, công chức được nâng lên.",
		"Việc giải quyết thủ tục hành chính qua dịch vụ công trực tuyến giúp người dân, doanh nghiệp tiết kiệm thời gian và chi phí.",
	},
	topicInfra: {
		"Công trình có tổng mức đầu tư hơn {N} tỷ đồng, được khởi công từ tháng {Mo}/{Yp}.",
		"Nhiều công trình giao thông trọng điểm đã hoàn thành, tạo động lực mới cho phát triển kinh tế - xã hội.",
		"Đến nay, {R}% tuyến đường huyện, đường xã đã được nhựa hóa, bê tông hóa.",
		"Các chủ đầu tư được yêu cầu đẩy nhanh công tác giải phóng mặt bằng, bảo đảm chất lượng và tiến độ thi công.",
		"Khi đưa vào sử dụng, công trình sẽ góp phần kết nối các vùng kinh tế và cải thiện đời sống người dân.",
		"Hạ tầng đô thị từng bước được đầu tư đồng bộ, diện mạo đô thị ngày càng khang trang.",
	},
	topicAgri: {
		"Đến nay, toàn {tỉnh} có {M} xã đạt chuẩn nông thôn mới, nhiều xã đạt chuẩn nông thôn mới nâng cao.",
		"Sản xuất nông nghiệp phát triển ổn định, tổng sản lượng lương thực đạt hơn {K} nghìn tấn.",
		"Nhiều mô hình sản xuất ứng dụng công nghệ cao được nhân rộng, mang lại hiệu quả kinh tế rõ rệt.",
		"Công tác quản lý đất đai, tài nguyên và bảo vệ môi trường được tăng cường.",
		"Tỷ lệ che phủ rừng được duy trì ở mức {R}%.",
		"Công tác phòng, chống thiên tai được chủ động triển khai, hạn chế thấp nhất thiệt hại về người và tài sản.",
	},
	topicCulture: {
		"Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" tiếp tục được triển khai sâu rộng.",
		"Năm {Y}, {tỉnh} đón hơn {K} nghìn lượt khách du lịch, tổng thu từ du lịch đạt {N} tỷ đồng.",
		"Các di tích lịch sử, văn hóa được quan tâm trùng tu, tôn tạo và phát huy giá trị.",
		"Phong trào thể dục thể thao quần chúng phát triển mạnh ở cơ sở.",
		"Công tác quản lý nhà nước về văn hóa, thể thao và du lịch có nhiều chuyển biến tích cực.",
		"Nhiều lễ hội truyền thống được tổ chức trang trọng, an toàn, tiết kiệm, thu hút đông đảo người dân và du khách.",
		"Sản phẩm du lịch ngày càng đa dạng, gắn với khai thác giá trị văn hóa đặc sắc của địa phương.",
	},
	topicSocial: {
		"Tỷ lệ hộ nghèo giảm còn {S}%, vượt mục tiêu đề ra.",
		"Trong năm, toàn {tỉnh} đã giải quyết việc làm cho hơn {K} nghìn lao động.",
		"Các chính sách đối với người có công, bảo trợ xã hội được thực hiện đầy đủ, kịp thời.",
		"Công tác đào tạo nghề gắn với nhu cầu của doanh nghiệp, tỷ lệ lao động qua đào tạo đạt {R}%.",
		"Công tác chăm lo Tết cho các gia đình chính sách, hộ nghèo được triển khai chu đáo, không để ai bị bỏ lại phía sau.",
		"Đến nay, {R}% người dân trong độ tuổi lao động đã tham gia bảo hiểm xã hội.",
	},
	topicForeign: {
		"Hai bên đã trao đổi về tiềm năng, thế mạnh và các lĩnh vực có thể hợp tác trong thời gian tới.",
		"Quan hệ hợp tác giữa {tỉnh} và các đối tác nước ngoài ngày càng phát triển thực chất, hiệu quả.",
		"Hiện nay, trên địa bàn có {M} dự án có vốn đầu tư nước ngoài đang hoạt động với tổng vốn đăng ký hơn {K} triệu USD.",
		"Hai bên thống nhất tăng cường trao đổi đoàn, chia sẻ thông tin và thúc đẩy hợp tác trong các lĩnh vực giáo dục, y tế, thương mại.",
		"Trong thời gian qua, nhiều đoàn doanh nghiệp đã đến tìm hiểu cơ hội đầu tư tại {tỉnh}.",
		"Hai bên cũng trao đổi về việc tổ chức các hoạt động giao lưu văn hóa, thúc đẩy hợp tác giữa các địa phương.",
	},
	topicParty: {
		"Nhiệm kỳ qua, Đảng bộ đã lãnh đạo hoàn thành và hoàn thành vượt mức phần lớn các chỉ tiêu chủ yếu mà Nghị quyết Đại hội đề ra.",
		"Công tác xây dựng, chỉnh đốn Đảng được chú trọng; năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng không ngừng được nâng lên.",
		"Trong nhiệm kỳ, toàn Đảng bộ đã kết nạp được {K} đảng viên mới.",
		"Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được thực hiện nghiêm túc, đúng quy định.",
		"Khối đại đoàn kết toàn dân tộc được củng cố; niềm tin của Nhân dân đối với Đảng được tăng cường.",
		"Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
	},
	topicSession: {
		"Tại kỳ họp, các đại biểu xem xét, thảo luận và quyết định {M} nội dung quan trọng về kinh tế - xã hội, ngân sách và đầu tư công.",
		"Cử tri và Nhân dân theo dõi kỳ họp qua sóng phát thanh, truyền hình trực tiếp.",
		"Phiên chất vấn tập trung vào các vấn đề cử tri quan tâm như quản lý đất đai, giáo dục, y tế.",
		"Các đại biểu đề nghị làm rõ nguyên nhân chậm tiến độ của một số dự án trọng điểm.",
		"Trước kỳ họp, các tổ đại biểu đã tiếp xúc cử tri tại {M} điểm, tổng hợp hàng trăm ý kiến, kiến nghị.",
		"Các nghị quyết được thông qua tại kỳ họp là cơ sở quan trọng để {tỉnh} thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội.",
		"Kỳ họp đã dành thời gian thảo luận tại tổ và tại hội trường về các báo cáo, tờ trình của UBND {tỉnh}.",
	},
	topicSecurity: {
		"Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.",
		"Lực lượng công an đã điều tra, làm rõ {R}% số vụ phạm pháp hình sự.",
		"Công tác tuyển quân được thực hiện đúng quy trình, bảo đảm chất lượng và chỉ tiêu được giao.",
		"Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ được tăng cường, kịp thời xử lý các tình huống phát sinh.",
		"Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh ở cơ sở.",
		"Tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ năm trước.",
	},
}

// urges are what a speaker asks for, after "đề nghị", "yêu cầu",
// "nhấn mạnh,".
var urges = []string{
	"các cấp, các ngành cần tập trung tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và người dân",
	"cần tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân",
	"phải quán triệt sâu sắc và triển khai nghiêm túc các nghị quyết của Trung ương và của tỉnh",
	"mỗi cán bộ, đảng viên phải nêu cao tinh thần trách nhiệm, gương mẫu trong thực hiện nhiệm vụ",
	"cần làm tốt công tác dự báo, chủ động xây dựng kịch bản ứng phó với các tình huống phát sinh",
	"tăng cường kỷ luật, kỷ cương, không để xảy ra tình trạng né tránh, đùn đẩy trách nhiệm",
	"chú trọng công tác đào tạo, bồi dưỡng và sử dụng cán bộ trẻ, có năng lực",
	"đẩy nhanh tiến độ giải ngân vốn đầu tư công, bảo đảm chất lượng công trình",
	"quan tâm hơn nữa đến đời sống vật chất, tinh thần của Nhân dân, nhất là ở vùng sâu, vùng xa",
	"phát huy sức mạnh khối đại đoàn kết toàn dân tộc, huy động mọi nguồn lực cho phát triển",
	"tiếp tục đổi mới phương thức lãnh đạo, nâng cao hiệu quả công tác tham mưu",
	"bám sát thực tiễn, kịp thời đề xuất các giải pháp phù hợp với điều kiện của địa phương",
}

// praises are what a speaker acknowledges, after "ghi nhận", "đánh giá
// cao", "biểu dương".
var praises = []string{
	"những kết quả quan trọng mà {unit} đạt được trong thời gian qua",
	"sự nỗ lực, cố gắng của tập thể cán bộ, công chức, người lao động",
	"tinh thần đoàn kết, chủ động, sáng tạo của {unit}",
	"những đóng góp tích cực của {unit} vào sự phát triển chung của {tỉnh}",
}

// slogans are the themes of congresses.
var slogans = []string{
	"Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển",
	"Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát huy sức mạnh đại đoàn kết; phát triển nhanh và bền vững",
	"Xây dựng Đảng bộ trong sạch, vững mạnh; đẩy mạnh chuyển đổi số; phát triển kinh tế - xã hội bền vững",
}

// seminarTopics are the themes of seminars.
var seminarTopics = []string{
	"Phát huy giá trị di sản văn hóa gắn với phát triển du lịch bền vững",
	"Chuyển đổi số trong cơ quan nhà nước: thực trạng và giải pháp",
	"Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
	"Phát triển kinh tế tập thể, hợp tác xã trong giai đoạn mới",
	"Giải pháp phát triển nguồn nhân lực chất lượng cao",
	"Bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới",
}

// projects are what ceremonies open or start; {d} is a district's name.
var projects = []string{
	"cầu {d}",
	"Bệnh viện Đa khoa huyện {d}",
	"Trường THPT {d}",
	"tuyến đường tránh thị trấn {d}",
	"Nhà máy nước sạch {d}",
	"Khu tái định cư {d}",
	"Trung tâm Văn hóa - Thể thao huyện {d}",
}

// sectorDays are the days of the sectors' anniversaries.
var sectorDays = map[string]struct {
	Month, Day int
	Name       string
}{
	"Y tế":                {2, 27, "Ngày Thầy thuốc Việt Nam"},
	"Giáo dục và Đào tạo": {11, 20, "Ngày Nhà giáo Việt Nam"},
	"Tài chính":           {8, 28, "Ngày truyền thống ngành Tài chính"},
	"Kế hoạch và Đầu tư":  {12, 31, "Ngày truyền thống ngành Kế hoạch và Đầu tư"},
	"Nội vụ":              {8, 28, "Ngày truyền thống ngành Tổ chức nhà nước"},
}

// venues are where events are held; {tỉnh} is the level word.
var venues = []string{
	"Trung tâm Hội nghị {tỉnh}",
	"Hội trường UBND {tỉnh}",
	"trụ sở UBND {tỉnh}",
	"Nhà khách {committee}",
}

var weekdayNames = [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

var sections = []string{"Thời sự", "Chính trị", "Xây dựng Đảng", "Tin tức - Sự kiện"}

var shareLines = []string{
	"Chia sẻ: Facebook | Zalo",
	"Chia sẻ Zalo",
	"Chia sẻ | Bình luận (0)",
	"Facebook Twitter Zalo Email",
	"In bài | Gửi email | Chia sẻ",
}

// reports are what an official reports, after "cho biết,".
var reports = []string{
	"năm {Y}, tốc độ tăng trưởng kinh tế của {tỉnh} ước đạt {P}%",
	"thu ngân sách trên địa bàn đạt {N} tỷ đồng, bằng {Q}% dự toán",
	"đến nay đã có {M} xã đạt chuẩn nông thôn mới",
	"tỷ lệ hộ nghèo giảm còn {S}%",
	"công tác giải ngân vốn đầu tư công đạt {Q}% kế hoạch",
	"các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra",
}

// partners are the institutes that organize seminars with provinces.
var partners = []string{
	"Học viện Chính trị quốc gia Hồ Chí Minh",
	"Viện Hàn lâm Khoa học xã hội Việt Nam",
	"Trường Đại học Kinh tế Quốc dân",
	"Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
}
