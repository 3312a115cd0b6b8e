package gointerp

import (
	"go/token"
	"regexp"
	"sort"
	"strings"
)

// Which cells the type checker looks at: it costs 1-5 ms a cell, so only
// cells that may need one of its lowerings are checked.

// needed reports whether the session or body declares a generic
// function, or body may use a method expression (`T.M`, `(*T).M` with T a
// type the session or cell declares, `pkg.T.M`); asserts, that body has
// assertions ifaceAsserts lowers.
func (ta *checker) needed(body []chunk, imports map[string]string, asserts bool) bool {
	for _, c := range body {
		if unsafeBuiltins.MatchString(c.src) || genericGlobal.MatchString(c.src) || rangeOver.MatchString(c.src) || hardConst(c) || mayNewExpr(c.src) ||
			errorsAsRE.MatchString(c.src) || stringRangeRE.MatchString(c.src) ||
			tagSwitchRE.MatchString(c.src) || typeVerbRE.MatchString(c.src) {
			return true
		}
	}
	if ta.generic || ta.shiftConsts || asserts {
		return true
	}
	typeNames := append([]string(nil), ta.typeNames...)
	for _, c := range body {
		if c.kind == kindDecl && (genericFunc.MatchString(c.src) || genericType.MatchString(c.src)) {
			return true
		}
		if c.kind == kindDecl && strings.HasPrefix(c.src, "type") {
			typeNames = append(typeNames, strings.Split(declKey(c.src), ",")...)
		}
	}
	for i, n := range typeNames {
		typeNames[i] = regexp.QuoteMeta(n)
	}
	var pkgs []string
	for name := range imports {
		if token.IsIdentifier(name) {
			pkgs = append(pkgs, regexp.QuoteMeta(name)+`\.[\p{Lu}]\w*`)
		}
	}
	alts := append(typeNames, pkgs...)
	if len(alts) == 0 {
		return false
	}
	sort.Strings(alts) // imports is a map: a stable key for the cache
	if key := strings.Join(alts, "|"); key != ta.methodExprKey {
		ta.methodExpr = regexp.MustCompile(`(\b|\(\*)(` + key + `)\)?\.[\pL_]`)
		ta.methodExprKey = key
	}
	for _, c := range body {
		if ta.methodExpr.MatchString(c.src) {
			return true
		}
	}
	return false
}

// mayAssert reports whether body has a type assertion or switch and the
// session or body declares an interface with methods (ifaceassert.go).
func (ta *checker) mayAssert(body []chunk) bool {
	asserts, ifaces := false, ta.ifaces || ta.methods
	for _, c := range body {
		asserts = asserts || assertRE.MatchString(c.src)
		ifaces = ifaces || c.kind == kindDecl && (methodIface.MatchString(c.src) || strings.HasPrefix(c.src, "func ("))
	}
	return asserts && ifaces
}
