/**
 * @module
 * The queries of the relevance evaluation, with graded judgments: 2 for an article about what
 * was asked, 1 for one that mentions it usefully; every other article is 0. A trap query is one
 * where a stemmer that strips too much would bring up an article about another word: any
 * article judged 0 in its top 5 is a false hit.
 */

export type RelevanceQuery = {
  q: string
  category: string
  relevant: Record<string, 1 | 2>
  trap?: boolean
}

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Alef with or without hamza, typed either way.
  { q: 'اطلاق منصة', category: 'alef forms', relevant: { 'digital-services-platform': 2 } },
  {
    q: 'اسعار الوقود',
    category: 'alef forms',
    relevant: { 'fuel-price-rise': 2, 'cabinet-fuel-meeting': 2 },
  },
  {
    q: 'الامن الغذائي',
    category: 'alef forms',
    relevant: { 'agriculture-ministers-meeting': 2 },
  },
  {
    q: 'اسيا',
    category: 'alef forms',
    relevant: { 'asian-volleyball': 2, 'korea-weather-satellite': 1 },
  },
  { q: 'أغلقت السلطات الجسر', category: 'alef forms', relevant: { 'bridge-closure': 2 } },
  { q: 'إنشاء سد', category: 'alef forms', relevant: { 'new-dam-contract': 2 } },

  // Taa marbuta and alef maqsura, typed as ه and ي.
  {
    q: 'مستشفي',
    category: 'taa and yaa',
    relevant: { 'health-minister-hospital': 2, 'private-hospitals-prices': 1 },
  },
  { q: 'جنه الطيور', category: 'taa and yaa', relevant: { 'bird-reserve': 2 } },
  { q: 'حمله نظافه', category: 'taa and yaa', relevant: { 'municipality-cleanup': 2 } },
  {
    q: 'المدرسه',
    category: 'taa and yaa',
    relevant: {
      'calligraphy-student': 1,
      'teacher-award': 1,
      'sports-ministry-school-league': 1,
    },
  },
  { q: 'مباراه وديه', category: 'taa and yaa', relevant: { 'friendly-match': 2 } },
  { q: 'الكرة الطائره', category: 'taa and yaa', relevant: { 'asian-volleyball': 2 } },

  // Hamza on waw and yaa (ؤ ئ), spelt both ways.
  {
    q: 'المسؤولية',
    category: 'hamza seats',
    relevant: { 'road-accident-liability': 2, 'corporate-responsibility-seminar': 2 },
  },
  {
    q: 'المسئولية الاجتماعية',
    category: 'hamza seats',
    relevant: { 'corporate-responsibility-seminar': 2 },
  },
  { q: 'الشؤون الاجتماعية', category: 'hamza seats', relevant: { 'social-affairs-aid': 2 } },
  { q: 'شئون', category: 'hamza seats', relevant: { 'social-affairs-aid': 2 } },
  { q: 'رئيس الحكومة', category: 'hamza seats', relevant: { 'cabinet-fuel-meeting': 2 } },
  {
    q: 'المسؤولية المدنية',
    category: 'hamza seats',
    relevant: { 'road-accident-liability': 2 },
  },

  // The article fused with a particle (وال بال لل …), in the query.
  {
    q: 'والصيانة',
    category: 'article particles',
    relevant: { 'water-network-plan': 2, 'bridge-closure': 2, 'anticorruption-referrals': 1 },
  },
  {
    q: 'بالمستشفى',
    category: 'article particles',
    relevant: { 'health-minister-hospital': 2, 'private-hospitals-prices': 1 },
  },
  {
    q: 'للانتخابات',
    category: 'article particles',
    relevant: { 'election-committee-results': 2 },
  },
  { q: 'والفوسفات', category: 'article particles', relevant: { 'phosphate-exports': 2 } },
  {
    q: 'بالرياضة',
    category: 'article particles',
    relevant: { 'sports-ministry-school-league': 2 },
  },
  { q: 'وللطيور', category: 'article particles', relevant: { 'bird-reserve': 2 } },

  // A bare particle (و ف ب ك ل) on either side.
  {
    q: 'صيانة',
    category: 'bare particles',
    relevant: { 'water-network-plan': 2, 'bridge-closure': 2, 'anticorruption-referrals': 1 },
  },
  { q: 'بلبنان', category: 'bare particles', relevant: { 'lebanon-tourist-season': 2 } },
  { q: 'ولبنان', category: 'bare particles', relevant: { 'lebanon-tourist-season': 2 } },
  {
    q: 'لكوريا',
    category: 'bare particles',
    relevant: { 'korea-weather-satellite': 2, 'korea-drama-audiences': 2 },
  },
  {
    q: 'وكوريا',
    category: 'bare particles',
    relevant: { 'korea-weather-satellite': 2, 'korea-drama-audiences': 2 },
  },
  { q: 'بمنصة رقمية', category: 'bare particles', relevant: { 'digital-services-platform': 2 } },

  // Suffixes, one or several.
  {
    q: 'صادرات',
    category: 'suffixes',
    relevant: { 'date-exports': 2, 'phosphate-exports': 2 },
  },
  {
    q: 'صادراتها',
    category: 'suffixes',
    relevant: { 'phosphate-exports': 2, 'date-exports': 2 },
  },
  {
    q: 'مستشفيات',
    category: 'suffixes',
    relevant: { 'private-hospitals-prices': 2, 'health-minister-hospital': 1 },
  },
  {
    q: 'المعلمين',
    category: 'suffixes',
    relevant: { 'teachers-pay-protest': 2, 'teacher-award': 1 },
  },
  { q: 'لوحات', category: 'suffixes', relevant: { 'painter-sea-exhibition': 2 } },
  {
    q: 'المسابقات',
    category: 'suffixes',
    relevant: { 'calligraphy-student': 2, 'quran-memorisation-contest': 2 },
  },

  // Quoted phrases.
  { q: '"الذكاء الاصطناعي"', category: 'phrases', relevant: { 'ai-in-education': 2 } },
  { q: '"كمال الأجسام"', category: 'phrases', relevant: { 'bodybuilding-championship': 2 } },
  { q: '"سوق المال"', category: 'phrases', relevant: { 'money-market-close': 2 } },
  { q: '"لجنة الانتخابات"', category: 'phrases', relevant: { 'election-committee-results': 2 } },
  { q: '"الولايات المتحدة"', category: 'phrases', relevant: { 'us-interest-rates': 2 } },
  { q: '«معرض الكتاب»', category: 'phrases', relevant: { 'book-fair-visitors': 2 } },

  // Several words.
  { q: 'حصاد القمح', category: 'several words', relevant: { 'wheat-harvest': 2 } },
  { q: 'أسعار الفائدة', category: 'several words', relevant: { 'us-interest-rates': 2 } },
  { q: 'مهرجان التراث الفخار', category: 'several words', relevant: { 'heritage-festival': 2 } },
  { q: 'زيادة الرواتب', category: 'several words', relevant: { 'teachers-pay-protest': 2 } },
  { q: 'معرض الطيران', category: 'several words', relevant: { 'riyadh-air-show': 2 } },
  { q: 'عاصفة رملية', category: 'several words', relevant: { 'calm-after-sandstorm': 2 } },

  // Latin words and numbers.
  { q: 'nato', category: 'latin and digits', relevant: { 'nato-emergency-summit': 2 } },
  { q: 'NATO قمة', category: 'latin and digits', relevant: { 'nato-emergency-summit': 2 } },
  { q: 'موازنة 2025', category: 'latin and digits', relevant: { 'budget-2025': 2 } },
  { q: '٢٠٢٥', category: 'latin and digits', relevant: { 'budget-2025': 2 } },
  { q: 'كوفيد-19', category: 'latin and digits', relevant: { 'covid-vaccination': 2 } },
  { q: '40 كيلومتراً', category: 'latin and digits', relevant: { 'new-road-length': 2 } },

  // Traps: a leading letter that is part of the word, not a particle.
  {
    q: 'كوريا',
    category: 'traps: leading letters',
    relevant: { 'korea-weather-satellite': 2, 'korea-drama-audiences': 2 },
    trap: true,
  },
  {
    q: 'ريا',
    category: 'traps: leading letters',
    relevant: { 'calligraphy-student': 2 },
    trap: true,
  },
  {
    q: 'مال',
    category: 'traps: leading letters',
    relevant: { 'money-market-close': 2, 'budget-2025': 1 },
    trap: true,
  },
  {
    q: 'كمال',
    category: 'traps: leading letters',
    relevant: { 'bodybuilding-championship': 2 },
    trap: true,
  },
  {
    q: 'لبنان',
    category: 'traps: leading letters',
    relevant: { 'lebanon-tourist-season': 2 },
    trap: true,
  },
  {
    q: 'فنان',
    category: 'traps: leading letters',
    relevant: { 'painter-sea-exhibition': 2 },
    trap: true,
  },
  {
    q: 'لقاء',
    category: 'traps: leading letters',
    // The friendly match's summary calls the match «اللقاء»: the same word, rightly found.
    relevant: { 'agriculture-ministers-meeting': 2, 'friendly-match': 1 },
    trap: true,
  },
  {
    q: 'البقاء',
    category: 'traps: leading letters',
    relevant: { 'club-avoids-relegation': 2 },
    trap: true,
  },
  {
    q: 'فساد',
    category: 'traps: leading letters',
    relevant: { 'anticorruption-referrals': 2 },
    trap: true,
  },
  {
    q: 'ساد',
    category: 'traps: leading letters',
    relevant: { 'calm-after-sandstorm': 2 },
    trap: true,
  },
  {
    q: 'بطولة',
    category: 'traps: leading letters',
    relevant: { 'asian-volleyball': 2, 'bodybuilding-championship': 2 },
    trap: true,
  },
  {
    q: 'طول',
    category: 'traps: leading letters',
    relevant: { 'new-road-length': 2 },
    trap: true,
  },
  {
    q: 'لجنة',
    category: 'traps: leading letters',
    relevant: { 'election-committee-results': 2 },
    trap: true,
  },
  { q: 'جنة', category: 'traps: leading letters', relevant: { 'bird-reserve': 2 }, trap: true },
  {
    q: 'بلدية',
    category: 'traps: leading letters',
    relevant: { 'municipality-cleanup': 2 },
    trap: true,
  },
  {
    q: 'الدية',
    category: 'traps: leading letters',
    relevant: { 'court-blood-money': 2 },
    trap: true,
  },
  {
    q: 'ودية',
    category: 'traps: leading letters',
    relevant: { 'friendly-match': 2 },
    trap: true,
  },
  {
    q: 'ليلة',
    category: 'traps: leading letters',
    relevant: { 'rainy-night-roads': 2 },
    trap: true,
  },
  { q: 'فيلة', category: 'traps: leading letters', relevant: { 'baby-elephant': 2 }, trap: true },
  {
    q: 'وزير',
    category: 'traps: leading letters',
    relevant: { 'health-minister-hospital': 2 },
    trap: true,
  },
  { q: 'الزير', category: 'traps: leading letters', relevant: { 'clay-water-jar': 2 }, trap: true },
  {
    q: 'الولايات',
    category: 'traps: leading letters',
    relevant: { 'us-interest-rates': 2 },
    trap: true,
  },
  {
    q: 'آيات',
    category: 'traps: leading letters',
    relevant: { 'quran-memorisation-contest': 2 },
    trap: true,
  },

  // Traps no letter rule can see: the exception list.
  {
    q: 'الرياض',
    category: 'traps: exceptions',
    relevant: { 'riyadh-air-show': 2 },
    trap: true,
  },
  {
    q: 'الرياضة',
    category: 'traps: exceptions',
    relevant: { 'sports-ministry-school-league': 2, 'bodybuilding-championship': 1 },
    trap: true,
  },
  {
    q: 'رياضي',
    category: 'traps: exceptions',
    relevant: { 'bodybuilding-championship': 2, 'sports-ministry-school-league': 1 },
    trap: true,
  },
  {
    q: 'بلد',
    category: 'traps: exceptions',
    relevant: { 'country-of-poets': 2 },
    trap: true,
  },

  // Ranking: the exact word, and the title, above the rest.
  {
    q: 'المعلم',
    category: 'ranking',
    relevant: { 'teacher-award': 2, 'teachers-pay-protest': 1 },
  },
  {
    q: 'الكتاب',
    category: 'ranking',
    relevant: { 'book-fair-visitors': 2 },
  },
  {
    q: 'الطرق',
    category: 'ranking',
    relevant: {
      'road-accident-liability': 2,
      'rainy-night-roads': 2,
      'anticorruption-referrals': 1,
      'new-road-length': 1,
    },
  },
  {
    q: 'الحكومة',
    category: 'ranking',
    relevant: {
      'cabinet-fuel-meeting': 2,
      'new-dam-contract': 2,
      'digital-services-platform': 1,
      'fuel-price-rise': 1,
      'school-year-start': 1,
    },
  },
  {
    q: 'وزارة الصحة',
    category: 'ranking',
    relevant: { 'covid-vaccination': 2, 'health-minister-hospital': 1 },
  },
  {
    q: 'المدارس',
    category: 'ranking',
    relevant: {
      'school-year-start': 2,
      'sports-ministry-school-league': 2,
      'ai-in-education': 1,
      'calligraphy-student': 1,
      'teacher-award': 1,
    },
  },
]
