package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Class string
	Score float64
	Age   int
}

type ByAge []Student

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func names(ss []Student) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Name
	}
	return strings.Join(out, " ")
}

func main() {
	students := []Student{
		{"Maya", "B", 88.5, 17}, {"Liam", "A", 92, 16}, {"Zoe", "A", 75, 18},
		{"Omar", "C", 88.5, 16}, {"Ivy", "B", 92, 17}, {"Noah", "C", 61, 18},
		{"Ava", "A", 88.5, 17}, {"Eli", "B", 70, 16},
	}

	byScore := slices.Clone(students)
	slices.SortFunc(byScore, func(a, b Student) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Name, b.Name))
	})
	fmt.Println("by score desc, name:", names(byScore))

	byClass := slices.Clone(students)
	slices.SortStableFunc(byClass, func(a, b Student) int { return cmp.Compare(a.Class, b.Class) })
	fmt.Println("stable by class:", names(byClass))

	s2 := slices.Clone(students)
	sort.Sort(ByAge(s2))
	fmt.Println("sort.Sort by age:", ByAge(s2)[0].Age, ByAge(s2)[len(s2)-1].Age, sort.IsSorted(ByAge(s2)))
	sort.Stable(sort.Reverse(ByAge(s2)))
	fmt.Println("reverse stable age:", names(s2))

	s3 := slices.Clone(students)
	sort.SliceStable(s3, func(i, j int) bool { return s3[i].Name < s3[j].Name })
	sort.SliceStable(s3, func(i, j int) bool { return s3[i].Age > s3[j].Age })
	fmt.Println("age desc then name:", names(s3))

	scores := make([]float64, 0, len(students))
	for _, s := range students {
		scores = append(scores, s.Score)
	}
	slices.Sort(scores)
	fmt.Println(scores, slices.Compact(slices.Clone(scores)))
	for _, q := range []float64{88.5, 80, 100} {
		i, found := slices.BinarySearch(scores, q)
		fmt.Printf("search %v -> idx=%d found=%v\n", q, i, found)
	}
	idx := sort.SearchFloat64s(scores, 90)
	fmt.Println("first >= 90 at", idx, "count >= 90:", len(scores)-idx)
	j := sort.Search(100, func(n int) bool { return n*n >= 2024 })
	fmt.Println("isqrt ceil 2024:", j)

	sortedNames := slices.Sorted(slices.Values(strings.Fields(names(students))))
	i, ok := slices.BinarySearchFunc(byScore, 75.0, func(s Student, t float64) int { return cmp.Compare(t, s.Score) })
	fmt.Println(sortedNames, i, ok)
	fmt.Println("index of Omar:", slices.IndexFunc(students, func(s Student) bool { return s.Name == "Omar" }),
		"contains 61:", slices.Contains(scores, 61), "index 92:", slices.Index(scores, 92))
	fmt.Println("min/max:", slices.Min(scores), slices.Max(scores))
	youngest := slices.MinFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("youngest (first):", youngest.Name)

	words := strings.Fields("banana Apple cherry apple Banana date")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Println(words)
	slices.Reverse(words)
	fmt.Println(words, slices.IsSorted(words))
	ints := []int{5, 2, 8, 2, 9, 1, 5, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 4))
}
