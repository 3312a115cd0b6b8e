package gointerp

import "regexp"

// A named empty interface, `type Value any` (a JSON-like document's
// values): yaegi lost the values held in maps and slices of it (a
// map[string]Value printed as <nil>). Such a declaration runs as an alias,
// `type Value = any`; the type checker still sees the cell as written. The
// one difference, Value and any being one type, shows only in a type
// switch with cases of both.

// emptyIfaceDeclRE finds `type Name any` and `type Name interface{}`.
var emptyIfaceDeclRE = regexp.MustCompile(`^(type\s+[\pL_][\pL\pN_]*)(\s+(?:any|interface\s*\{\s*\})\s*)$`)

// emptyIfaceAliases rewrites the body's named empty interfaces as aliases.
func emptyIfaceAliases(body []chunk) []chunk {
	for i, c := range body {
		if c.kind == kindDecl && emptyIfaceDeclRE.MatchString(c.src) {
			body[i].src = emptyIfaceDeclRE.ReplaceAllString(c.src, "$1 =$2")
		}
	}
	return body
}
