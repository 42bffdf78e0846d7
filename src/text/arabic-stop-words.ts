/**
 * @module
 * Arabic function words that say nothing about what a headline is about, in normalised form
 * (see `normalizeArabic`: no hamza on alef, ى→ي, ة→ه).
 */
export const ARABIC_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'في من الي علي عن مع بين و او ام ثم ف ب ل ك ان انه انها ان لن لم لا ما ماذا لماذا كيف متي اين هل قد ' +
    'هذا هذه ذلك تلك هؤلاء هناك هنا الذي التي الذين اللذين اللتين اللواتي كل بعض غير سوي ' +
    'بعد قبل حتي منذ عبر خلال ضد نحو لدي عند عندما حيث اذا لو كان كانت يكون تكون ليس ليست ' +
    'هو هي هم هن نحن انا انت انتم كما ايضا فقط جدا اي الا بل لكن ولكن اما وقد وقال قال ' +
    'يا ها ال مجال شاهد بالفيديو بالصور عاجل'
  ).split(' ')
)
