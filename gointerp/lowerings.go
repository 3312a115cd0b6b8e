package gointerp

// wanted says which lowerings a cell may need, found from its text and
// the session's (cheap tests): a cell that needs none of them, and none of
// the checks triggers.go finds, is not type-checked.
type wanted struct {
	asserts  bool // type assertions to interfaces with methods (ifaceassert.go)
	compares bool // comparisons where an interface may hold a wrapped value (equality.go)
	prints   bool // printing of values with String methods (printelems.go)
	widens   bool // session values stored in empty interfaces (anyconv.go)
	stdLits  bool // struct literals stored in standard interfaces (ifacelit.go)
	errs     bool // values of types with value receiver Error methods as errors (valueerrors.go)
	other    bool // complex constants, top-level definitions of several variables, parallel assignments, declared functions as values, pointers to arrays, embedded fields, top-level receives, JSON, structs put into interfaces
}

func (w wanted) any() bool {
	return w.asserts || w.compares || w.prints || w.widens || w.stdLits || w.errs || w.other
}

// wants finds the lowerings body may need.
func (ta *checker) wants(body []chunk) wanted {
	return wanted{
		asserts:  ta.mayAssert(body) || len(ta.assertIfaces) > 0 && declaresTypes(body),
		compares: ta.mayCompare(body),
		prints:   ta.mayPrintMethods(body),
		widens:   ta.mayWiden(body),
		stdLits:  anyMatch(body, ifaceLitRE) && ta.mayWrap(body),
		errs:     ta.valueErrors || declaresValueError(body),
		other: anyMatch(body, parallelRE) || funcsInFile(body) || anyMatch(body, addrOfArrayElemRE) ||
			anyMatch(body, ptrArrayRE) || declaresEmbedded(body) || anyMatch(body, topRecvRE) ||
			anyMatch(body, jsonRE) || anyMatch(body, funcLitRE) && anyMatch(body, litAssignRE) || anyMatch(body, anyMapRE) && ta.mayWrap(body) || anyMatch(body, forRE) && (anyMatch(body, closureArgRE) || anyMatch(body, chanRangeRE)) ||
			ta.mayWrap(body) || anyMatch(body, labelBranchRE) || anyMatch(body, indexedTargetsRE) || anyMatch(body, templateExecRE) || anyMatch(body, goFuncRE) || anyMatch(body, complexCallRE) || anyMatch(body, topDefineRE) || anyMatch(body, slogRE) || anyMatch(body, addrLitRE),
	}
}

// lower runs the lowerings of a checked cell, each recording its edits
// (the order matters where two edit the same text: see applyEdits).
func (c *checked) lower(w wanted, copyNames func() map[string]copyName) {
	c.typeVerbs(copyNames)
	if w.prints {
		c.printElems()
		c.printValue()
	}
	// (before anyConversions: what it closes at the end of an assignment's
	// last value goes before the assignments parallelAssigns adds there)
	c.parallelAssigns()
	c.mapResultAssigns()
	if w.widens {
		c.anyConversions()
	}
	c.funcValueConversions()
	c.anyKeys()
	c.indexChecks()
	c.capturedLiterals()
	c.arrayElemAddrs()
	c.arrayPointerLens()
	if w.stdLits {
		c.ifaceLiterals()
	}
	if w.errs {
		c.errorValues()
	}
	c.embeddedMethods()
	c.distinctStructs()
	c.freshIfaceValues()
	c.structCopies()
	c.ifaceAssigns()
	c.ifaceResultArgs()
	c.appendedSlices() // (after freshIfaceValues: its variable is what is converted)
	c.topReceives()
	c.topDefines()
	c.jsonArgs()
	c.constDecls()
	c.constExprs()
	c.untypedShifts()
	c.deferStacks() // before deferArgs: its closing text goes after deferArgs' at a defer's end
	c.deferArgs()
	c.closureArgs()
	c.chanSliceRanges()
	c.rangeInts()
	c.arrayPointerRanges()
	c.newExprs()
	c.addrOfLiterals()
	c.directionalMakes()
	c.sliceMakes()
	c.chanComparisons()
	c.convertedReceivers()
	c.onceFuncs()
	c.randN()
	c.pulls()
	c.methodValues()
	c.errorsAs()
	c.errorsIs()
	c.errorfArgs()
	c.sessionIfaceArgs()
	c.typeArguments()
	c.stdExplicitArgs()
	c.nativeFuncArgs()
	c.namedResults()
	c.genericReturns()
	c.stdConstArgs()
	c.cmpBasicArgs()
	c.unsafeCalls()
	c.iteratorRanges()
	c.stringRanges()
	c.ifaceSwitches()
	if w.compares {
		c.interfaceEquality()
	}
	c.genericGlobals()
	c.methodExpressions()
	c.clashingLabels()
	c.templateExecs()
	c.goFuncs()
	c.slogValues()
}
