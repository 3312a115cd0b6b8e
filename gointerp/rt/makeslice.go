package rt

// maxAlloc is the largest allocation Go makes on 64-bit platforms
// (runtime.maxAlloc): a slice that needs more is out of range.
const maxAlloc = 1 << 48

// SliceLen checks the length n of a make of a slice of elements of size
// bytes as Go does, panicking as Go does when it is out of range.
func SliceLen(n int64, size int64) int {
	if outOfRange(n, size) {
		panic(runtimeError("makeslice: len out of range"))
	}
	return int(n)
}

// SliceCap is SliceLen for the capacity.
func SliceCap(n int64, size int64) int {
	if outOfRange(n, size) {
		panic(runtimeError("makeslice: cap out of range"))
	}
	return int(n)
}

func outOfRange(n, size int64) bool {
	return n < 0 || size > 0 && n > maxAlloc/size
}
