package rt

import "unicode/utf8"

// DecodeRune is one step of a range over a string: the rune at s[i:] and
// the width of its encoding (1 for an invalid byte, as the compiler's range
// does). Cells' string ranges are lowered to call it: yaegi's own range
// skips the bytes after an invalid one.
func DecodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }
