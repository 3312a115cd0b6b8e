package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// stringRangeRE finds range loops that take a second variable. Whether one
// ranges over a string only go/types can tell.
var stringRangeRE = regexp.MustCompile(`\bfor\s+[\w.\[\]]+\s*,\s*[\w.\[\]]+\s*:?=\s*range\b`)

// stringRanges lowers `for i, r := range s` over a string to a loop that
// decodes each rune with the runtime's helper. yaegi advances the index by
// the length of the decoded rune's encoding, so an invalid byte (decoded
// as U+FFFD, three bytes long) made it skip the bytes after it: the
// indexes and runes were wrong for any text with invalid UTF-8. Loops
// without a rune variable index every byte correctly and are left alone.
func (c *checked) stringRanges() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Value == nil || !isStringType(c.info.Types[r.X].Type) {
			return true
		}
		head := "for spargo_s, spargo_i, spargo_w := string(" + c.text(r.X) + "), 0, 0; " +
			"spargo_i < len(spargo_s); spargo_i += spargo_w {"
		var body []string
		if r.Tok == token.DEFINE {
			key, val := identName(r.Key), identName(r.Value)
			if key != "" {
				body = append(body, key+" := spargo_i")
			}
			if val == "" {
				val = "_"
			} else {
				body = append(body, "var "+val+" rune")
			}
			body = append(body, val+", spargo_w = "+rtName+".DecodeRune(spargo_s, spargo_i)")
		} else {
			// One assignment, as the range assigns: in `for i, x[i] = range s`
			// the index of x is the i before this iteration's.
			body = append(body, "var spargo_r rune",
				"spargo_r, spargo_w = "+rtName+".DecodeRune(spargo_s, spargo_i)",
				c.text(r.Key)+", "+c.text(r.Value)+" = spargo_i, spargo_r")
		}
		old := c.src[int(r.For)-c.base : int(r.Body.Lbrace)-c.base]
		pad := strings.Repeat("\n", strings.Count(old, "\n"))
		c.add(r.For, r.Body.Lbrace+1, head+" "+strings.Join(body, "; ")+";"+pad)
		return true
	})
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
