# The bundle (dist/) as a FROM scratch image, so tiny-size.yml gates its bytes like any image's.
# Built from the repository root; .dockerignore leaves everything but dist/ out of the context.
FROM scratch
COPY dist/ /dist/
