package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
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
			errorsAsRE.MatchString(c.src) || untypedShiftRE.MatchString(c.src) || deferRE.MatchString(c.src) || stringRangeRE.MatchString(c.src) ||
			tagSwitchRE.MatchString(c.src) || typeVerbRE.MatchString(c.src) || plusVerbRE.MatchString(c.src) || sharpVerbRE.MatchString(c.src) || mayUseDirChan(c.src, ta.dirChans) ||
			mayConvertReceiver(c.src, ta.ifaces) || onceRE.MatchString(c.src) || stdGenericRE.MatchString(c.src) || minMaxRE.MatchString(c.src) || c.kind == kindDecl && stringMethodRE.MatchString(c.src) || rangeNameRE.MatchString(c.src) ||
			makeSliceRE.MatchString(c.src) || c.kind == kindDecl && (structDeclRE.MatchString(c.src) || basicDeclRE.MatchString(c.src)) || ta.methodValue != nil && ta.methodValue.MatchString(c.src) {
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
// session or body declares an interface with methods, or body asserts to
// a literal one (`err.(interface{ Unwrap() []error })`, forward.go)
// (ifaceassert.go), or a type switch has a case of a standard interface.
func (ta *checker) mayAssert(body []chunk) bool {
	return anyMatch(body, assertRE) && (ta.mayWrap(body) || anyMatch(body, literalIfaceAssertRE) || anyMatch(body, stdIfaceCaseRE)) ||
		anyMatch(body, errorsAsCallRE) && anyMatch(body, methodIface)
}

// errorsAsCallRE finds a call of errors.As.
var errorsAsCallRE = regexp.MustCompile(`\berrors\.As\(`)

// stdIfaceCaseRE finds a case naming error or another package's type,
// which may be an interface: yaegi's type switch missed `case error:` on
// an any holding errors.New's value (typeswitch.go).
var stdIfaceCaseRE = regexp.MustCompile(`\bcase\b[^:\n]*\b(error|[\pL_]\w*\.[\p{Lu}]\w*)\b`)

// literalIfaceAssertRE finds an assertion to a literal interface with
// methods.
var literalIfaceAssertRE = regexp.MustCompile(`\.\(\s*interface\s*\{\s*[\pL_]\w*\s*\(`)

// compareRE finds cells with a comparison.
var compareRE = regexp.MustCompile(`[=!]=`)

// mayCompare reports whether body compares values and an interface may
// hold a value yaegi wraps (equality.go).
func (ta *checker) mayCompare(body []chunk) bool {
	return anyMatch(body, compareRE) && ta.mayWrap(body)
}

// printRE finds cells that may call a printing function.
var printRE = regexp.MustCompile(`\b(Print|Println|Printf|Sprint|Sprintln|Sprintf|Fprint|Fprintln|Fprintf|Errorf)\(`)

// mayPrintMethods reports whether body prints (or ends with a value to
// show) and the session or body declares methods (printelems.go).
func (ta *checker) mayPrintMethods(body []chunk) bool {
	return (anyMatch(body, printRE) || valueExpr(body) != nil) && (ta.methods || declaresMethods(body) || declaresFuncs(body))
}

// mayWrap reports whether the session or body declares a method or an
// interface with methods: only then can an interface hold a value of a
// session type that yaegi wraps.
func (ta *checker) mayWrap(body []chunk) bool {
	if ta.ifaces || ta.methods || declaresMethods(body) {
		return true
	}
	for _, c := range body {
		if c.kind == kindDecl && methodIface.MatchString(c.src) {
			return true
		}
	}
	return false
}

// declaresFuncs reports whether body declares a function, which may print
// values of types later cells declare (rt/printreg.go).
func declaresFuncs(body []chunk) bool {
	return anyDecl(body, func(src string) bool { return strings.HasPrefix(src, "func ") })
}

// declaresMethods reports whether body declares a method, or a named
// basic type, which gets one (namemethod.go).
func declaresMethods(body []chunk) bool {
	return anyDecl(body, func(src string) bool { return strings.HasPrefix(src, "func (") || basicDeclRE.MatchString(src) })
}

// anyDecl reports whether a declaration of body satisfies ok.
func anyDecl(body []chunk, ok func(src string) bool) bool {
	return slices.ContainsFunc(body, func(c chunk) bool { return c.kind == kindDecl && ok(c.src) })
}

func anyMatch(body []chunk, re *regexp.Regexp) bool {
	for _, c := range body {
		if re.MatchString(c.src) {
			return true
		}
	}
	return false
}

// declaresNamedType reports whether the type declaration src declares a
// type that is not an alias, a struct or an interface.
func declaresNamedType(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return false
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, sp := range g.Specs {
			ts, ok := sp.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() {
				continue
			}
			switch ts.Type.(type) {
			case *ast.StructType, *ast.InterfaceType:
			default:
				return true
			}
		}
	}
	return false
}
