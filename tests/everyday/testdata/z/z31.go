package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	ID       int
	Priority int
	Title    string
}

func main() {
	nums := []int{5, 2, 8, 2, 9, 1, 5, 5, 3}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, sorted, slices.IsSorted(sorted))
	uniq := slices.Compact(slices.Clone(sorted))
	fmt.Println("compact:", uniq, len(uniq))
	for _, t := range []int{5, 4, 10} {
		i, found := slices.BinarySearch(uniq, t)
		fmt.Printf("search %d -> idx=%d found=%t\n", t, i, found)
	}
	fmt.Println("index of 9:", slices.Index(nums, 9), "index of 7:", slices.Index(nums, 7))
	fmt.Println("contains 8:", slices.Contains(nums, 8), "min/max:", slices.Min(nums), slices.Max(nums))

	xs := []string{"b", "d"}
	xs = slices.Insert(xs, 0, "a")
	xs = slices.Insert(xs, 2, "c")
	xs = slices.Insert(xs, len(xs), "e", "f")
	fmt.Println(xs, len(xs))
	xs = slices.Delete(xs, 1, 3)
	fmt.Println("after delete:", xs)
	slices.Reverse(xs)
	fmt.Println("reversed:", xs)
	xs = slices.DeleteFunc(xs, func(s string) bool { return s == "e" })
	fmt.Println("deletefunc:", xs, slices.Equal(xs, []string{"f", "d", "a"}))

	tasks := []Task{
		{1, 2, "write docs"}, {2, 1, "fix bug"}, {3, 3, "refactor"},
		{4, 1, "deploy"}, {5, 2, "review PR"},
	}
	slices.SortStableFunc(tasks, func(a, b Task) int { return cmp.Compare(a.Priority, b.Priority) })
	for _, t := range tasks {
		fmt.Printf("  p%d #%d %s\n", t.Priority, t.ID, t.Title)
	}
	idx := slices.IndexFunc(tasks, func(t Task) bool { return strings.HasPrefix(t.Title, "re") })
	fmt.Printf("first 're' task: %+v\n", tasks[idx])
	byTitle := slices.SortedFunc(slices.Values(tasks), func(a, b Task) int { return strings.Compare(a.Title, b.Title) })
	titles := make([]string, len(byTitle))
	for i, t := range byTitle {
		titles[i] = t.Title
	}
	fmt.Printf("%q\n", titles)
	pos, ok := slices.BinarySearchFunc(byTitle, "fix bug", func(t Task, s string) int { return strings.Compare(t.Title, s) })
	fmt.Println("binsearch func:", pos, ok)

	grid := slices.Repeat([]int{0, 1}, 3)
	fmt.Println(grid, slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
	a := []int{1, 2, 3}
	b := a[:2]
	b = slices.Grow(b, 10)
	b = append(b, 42)
	fmt.Println(a, b, cap(b) >= 12)
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1}))
}
