// Anagram grouping with array keys, run-length encoding/decoding, and palindrome checks.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// signature counts letters; a fixed-size array is comparable and usable as a map key.
func signature(w string) [26]byte {
	var sig [26]byte
	for _, r := range strings.ToLower(w) {
		if r >= 'a' && r <= 'z' {
			sig[r-'a']++
		}
	}
	return sig
}

func groupAnagrams(words []string) [][]string {
	groups := map[[26]byte][]string{}
	for _, w := range words {
		k := signature(w)
		groups[k] = append(groups[k], w)
	}
	out := make([][]string, 0, len(groups))
	for _, g := range groups {
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a[0], b[0]))
	})
	return out
}

func rleEncode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if n := j - i; n > 1 {
			sb.WriteString(strconv.Itoa(n))
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

var ErrBadRLE = errors.New("malformed RLE input")

func rleDecode(s string) (string, error) {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	if n != 0 {
		return "", fmt.Errorf("%w: trailing count %d in %q", ErrBadRLE, n, s)
	}
	return sb.String(), nil
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
		"inlets", "banana", "Tinsel", "dog", "god", "odg", "elgoog", "stone", "notes", "onset", "tones"}
	for i, g := range groupAnagrams(words) {
		fmt.Printf("group %d (%d): %s\n", i+1, len(g), strings.Join(g, ", "))
	}

	inputs := []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", "ééééxx", ""}
	for _, in := range inputs {
		enc := rleEncode(in)
		dec, err := rleDecode(enc)
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(len(enc)) / float64(len(in))
		}
		fmt.Printf("rle %-20.20q -> %-22q roundtrip=%v ratio=%.2f err=%v\n", in, enc, dec == in, ratio, err)
	}
	if _, err := rleDecode("3a2b12"); err != nil {
		fmt.Println("decode error:", err, "| is ErrBadRLE:", errors.Is(err, ErrBadRLE))
	}

	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "Was it a car or a cat I saw?", "ab"} {
		fmt.Printf("palindrome(%q) = %v\n", s, isPalindrome(s))
	}
}
